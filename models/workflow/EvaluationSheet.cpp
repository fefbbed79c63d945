#include "EvaluationSheet.h"

#include "NameTable.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr NameTable<Rating, 3> kRatingNames{{
    {Rating::Unrated, ""_L1},
    {Rating::Achieved, "achieved"_L1},
    {Rating::NotAchieved, "not_achieved"_L1},
}};

constexpr NameTable<RatingSide, 2> kSideNames{{
    {RatingSide::Resident, "resident"_L1},
    {RatingSide::Supervisor, "supervisor"_L1},
}};

Rating ratingIn(const QJsonObject& itemValue, RatingSide side)
{
    return ratingFromName(itemValue.value(ratingSideName(side)).toString())
        .value_or(Rating::Unrated);
}

} // namespace

QString ratingName(Rating rating)
{
    return nameFromTable(kRatingNames, rating);
}

std::optional<Rating> ratingFromName(const QString& name)
{
    return valueFromTable(kRatingNames, name);
}

QString ratingSideName(RatingSide side)
{
    return nameFromTable(kSideNames, side);
}

std::optional<RatingSide> ratingSideFromName(const QString& name)
{
    return valueFromTable(kSideNames, name);
}

Rating EvaluationItem::rating(RatingSide side) const
{
    return side == RatingSide::Resident ? resident : supervisor;
}

QJsonObject ratingsToJson(const std::vector<EvaluationItem>& items)
{
    QJsonObject values;
    for (const EvaluationItem& item : items) {
        QJsonObject sides;
        for (const RatingSide side : {RatingSide::Resident, RatingSide::Supervisor}) {
            if (item.rating(side) != Rating::Unrated)
                sides.insert(ratingSideName(side), ratingName(item.rating(side)));
        }
        values.insert(item.id, sides);
    }
    return values;
}

std::vector<EvaluationItem> ratingsFromJson(const QStringList& itemIds, const QJsonObject& values)
{
    std::vector<EvaluationItem> items;
    items.reserve(static_cast<std::size_t>(itemIds.size()));
    for (const QString& id : itemIds) {
        const QJsonObject itemValue = values.value(id).toObject();
        items.push_back({id, ratingIn(itemValue, RatingSide::Resident),
                         ratingIn(itemValue, RatingSide::Supervisor)});
    }
    return items;
}

} // namespace kenshu
