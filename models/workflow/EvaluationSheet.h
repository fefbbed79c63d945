#pragma once

#include "WorkflowStates.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace kenshu {

// One side's mark on a curriculum item: ○ (achieved), × (not yet), or nothing yet.
enum class Rating { Unrated, Achieved, NotAchieved };

// Whose column of the sheet: the resident's self-rating or the supervisor's rating.
enum class RatingSide { Resident, Supervisor };

QString ratingName(Rating rating); // "", "achieved", "not_achieved"
std::optional<Rating> ratingFromName(const QString& name);
QString ratingSideName(RatingSide side); // "resident", "supervisor"
std::optional<RatingSide> ratingSideFromName(const QString& name);

struct EvaluationItem
{
    QString id; // the rating field's id in the form schema
    Rating resident = Rating::Unrated;
    Rating supervisor = Rating::Unrated;

    Rating rating(RatingSide side) const;
    friend bool operator==(const EvaluationItem& a, const EvaluationItem& b)
    {
        return a.id == b.id && a.resident == b.resident && a.supervisor == b.supervisor;
    }
};

// A curriculum achievement evaluation sheet for one fiscal year (GLOSSARY.md, seed 000). The
// item list comes from the form schema; the ratings from the record's form values.
struct EvaluationSheet
{
    int fiscalYear = 0;
    EvaluationState state = EvaluationState::InTraining;
    std::vector<EvaluationItem> items;
};

// Ratings as form values: {"<item id>": {"resident": "achieved", "supervisor": "not_achieved"}}.
// Unrated sides are left out.
QJsonObject ratingsToJson(const std::vector<EvaluationItem>& items);
// One item per id in `itemIds`, in that order, rated from `values`; anything unreadable in
// `values` counts as unrated (the form validator reports it).
std::vector<EvaluationItem> ratingsFromJson(const QStringList& itemIds, const QJsonObject& values);

} // namespace kenshu
