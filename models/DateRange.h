#pragma once

#include <QDate>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace kenshu {

// An inclusive span of calendar days, such as a care period or a certification period. A null
// end means "still running" (a certification that has not ended yet).
struct DateRange
{
    QDate start;
    QDate end;

    // A start is set and the end, when set, is not before it.
    bool isValid() const;
    bool contains(const QDate& day) const;
    // Every day of `other` lies in this range (both must be valid; an open end of `other`
    // is only covered by an open end).
    bool covers(const DateRange& other) const;

    // {"start": "yyyy-MM-dd", "end": "yyyy-MM-dd"}; a missing or empty end stays null.
    QJsonObject toJson() const;
    static std::optional<DateRange> fromJson(const QJsonObject& json);

    friend bool operator==(const DateRange& a, const DateRange& b)
    {
        return a.start == b.start && a.end == b.end;
    }
};

// Every day of `span` lies in one of `ranges`, where ranges that touch or overlap join up
// (a certification renewed the day after it ended covers a span across the renewal).
bool rangesCover(std::vector<DateRange> ranges, const DateRange& span);

// `ranges` joined where they touch or overlap, in order; invalid ranges are left out.
std::vector<DateRange> joinedRanges(std::vector<DateRange> ranges);

// "yyyy-MM-dd" only (what form values and the server store); nullopt for anything else.
std::optional<QDate> parseIsoDate(const QString& text);

} // namespace kenshu
