#include "DateRange.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <algorithm>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

} // namespace

bool DateRange::isValid() const
{
    return start.isValid() && (end.isNull() || (end.isValid() && end >= start));
}

bool DateRange::contains(const QDate& day) const
{
    return isValid() && day.isValid() && day >= start && (end.isNull() || day <= end);
}

bool DateRange::covers(const DateRange& other) const
{
    if (!isValid() || !other.isValid() || !contains(other.start))
        return false;
    if (other.end.isNull())
        return end.isNull();
    return contains(other.end);
}

QJsonObject DateRange::toJson() const
{
    QJsonObject json{{u"start"_s, start.toString(Qt::ISODate)}};
    if (!end.isNull())
        json.insert(u"end"_s, end.toString(Qt::ISODate));
    return json;
}

std::optional<DateRange> DateRange::fromJson(const QJsonObject& json)
{
    const std::optional<QDate> start = parseIsoDate(json.value("start"_L1).toString());
    if (!start)
        return std::nullopt;
    const QString endText = json.value("end"_L1).toString();
    if (endText.isEmpty())
        return DateRange{*start, {}};
    const std::optional<QDate> end = parseIsoDate(endText);
    if (!end)
        return std::nullopt;
    return DateRange{*start, *end};
}

bool rangesCover(std::vector<DateRange> ranges, const DateRange& span)
{
    if (!span.isValid())
        return false;
    ranges.erase(std::remove_if(ranges.begin(), ranges.end(),
                                [](const DateRange& range) { return !range.isValid(); }),
                 ranges.end());
    std::sort(ranges.begin(), ranges.end(),
              [](const DateRange& a, const DateRange& b) { return a.start < b.start; });
    // Walk the joined ranges from the span's start; `reached` is the first day not yet covered.
    QDate reached = span.start;
    for (const DateRange& range : ranges) {
        if (range.start > reached)
            break;
        if (range.end.isNull())
            return true;
        if (range.end >= reached)
            reached = range.end.addDays(1);
        if (!span.end.isNull() && reached > span.end)
            return true;
    }
    return false;
}

std::vector<DateRange> joinedRanges(std::vector<DateRange> ranges)
{
    ranges.erase(std::remove_if(ranges.begin(), ranges.end(),
                                [](const DateRange& range) { return !range.isValid(); }),
                 ranges.end());
    std::sort(ranges.begin(), ranges.end(),
              [](const DateRange& a, const DateRange& b) { return a.start < b.start; });
    std::vector<DateRange> joined;
    for (const DateRange& range : ranges) {
        DateRange* last = joined.empty() ? nullptr : &joined.back();
        const bool touches = last && (last->end.isNull() || range.start <= last->end.addDays(1));
        if (!touches) {
            joined.push_back(range);
            continue;
        }
        if (!last->end.isNull() && (range.end.isNull() || range.end > last->end))
            last->end = range.end;
    }
    return joined;
}

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace kenshu
