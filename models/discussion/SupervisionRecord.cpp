#include "SupervisionRecord.h"

#include "Actor.h"
#include "CaseConsultation.h"
#include "LocalStore.h"

#include <QCoreApplication>
#include <QHash>
#include <map>
#include <tuple>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

bool countsAsSupervision(const Comment& comment, const QString& residentId)
{
    return !comment.isDeleted() && comment.authorRole == roleName(Role::Supervisor) &&
           comment.authorId != residentId;
}

} // namespace

bool HalfYear::operator==(const HalfYear& other) const
{
    return year == other.year && half == other.half;
}

bool HalfYear::operator<(const HalfYear& other) const
{
    return std::tie(year, half) < std::tie(other.year, other.half);
}

QString HalfYear::label() const
{
    return half == 1
               ? QCoreApplication::translate("SupervisionRecord", "%1 January–June").arg(year)
               : QCoreApplication::translate("SupervisionRecord", "%1 July–December").arg(year);
}

HalfYear halfYearOf(const QDateTime& time, const QTimeZone& zone)
{
    const QDate local = time.toTimeZone(zone).date();
    return HalfYear{local.year(), local.month() <= 6 ? 1 : 2};
}

QList<SupervisionPeriod> buildSupervisionRecord(const QList<SupervisionCaseInput>& cases,
                                                const QTimeZone& zone)
{
    // resident -> half-year -> case -> dates; std::map keeps every level sorted.
    std::map<QString, std::map<HalfYear, std::map<std::pair<QString, QUuid>, QList<QDate>>>>
        grouped;
    for (const SupervisionCaseInput& input : cases) {
        for (const Comment& comment : input.comments) {
            if (!countsAsSupervision(comment, input.residentId))
                continue;
            grouped[input.residentId][halfYearOf(comment.createdAt, zone)]
                   [{input.caseTitle, input.caseId}]
                       .append(comment.createdAt.toTimeZone(zone).date());
        }
    }
    QList<SupervisionPeriod> periods;
    for (const auto& [resident, halves] : grouped) {
        for (const auto& [halfYear, casesInHalf] : halves) {
            SupervisionPeriod period{resident, halfYear, {}};
            for (const auto& [key, dates] : casesInHalf) {
                QList<QDate> sorted = dates;
                std::sort(sorted.begin(), sorted.end());
                period.cases.append(SupervisedCase{key.second, key.first, sorted});
            }
            periods.append(period);
        }
    }
    return periods;
}

QList<SupervisionCaseInput> readSupervisionInputs(const LocalStore& store)
{
    QList<SupervisionCaseInput> inputs;
    QHash<QUuid, qsizetype> indexOfCase;
    for (const Record& record : store.records(RecordType::Case)) {
        indexOfCase.insert(record.id, inputs.size());
        inputs.append(SupervisionCaseInput{
            record.id, record.data.value("title"_L1).toString(), caseOwnerOf(record.data), {}});
    }
    for (const Record& record : store.records(RecordType::Comment)) {
        const auto index = indexOfCase.constFind(record.parentId);
        if (index == indexOfCase.constEnd())
            continue;
        Expected<Comment> comment = Comment::fromJson(record.id, record.parentId, record.data);
        if (comment)
            inputs[*index].comments.append(std::move(*comment));
    }
    return inputs;
}

} // namespace kenshu
