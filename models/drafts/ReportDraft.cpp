#include "ReportDraft.h"

#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLatin1StringView>
#include <initializer_list>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr QLatin1StringView kForm = "form"_L1;
constexpr QLatin1StringView kFormVersion = "formVersion"_L1;
constexpr QLatin1StringView kState = "state"_L1;
constexpr QLatin1StringView kCaseId = "caseId"_L1;
constexpr QLatin1StringView kTitle = "title"_L1;
constexpr QLatin1StringView kValues = "values"_L1;
constexpr QLatin1StringView kAuthorId = "authorId"_L1;
constexpr QLatin1StringView kReviewerId = "reviewerId"_L1;
constexpr QLatin1StringView kSavedAt = "savedAt"_L1;

const std::initializer_list<QLatin1StringView> kKnownKeys = {
    kForm, kFormVersion, kState, kCaseId, kTitle, kValues, kAuthorId, kReviewerId, kSavedAt};

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject ReportDraft::toJson() const
{
    QJsonObject data = unknownKeys;
    data.insert(kForm, formId);
    data.insert(kFormVersion, formVersion);
    data.insert(kState, state);
    data.insert(kCaseId,
                textOrNull(caseId.isNull() ? QString() : caseId.toString(QUuid::WithoutBraces)));
    data.insert(kTitle, title);
    data.insert(kValues, values);
    data.insert(kAuthorId, authorId);
    data.insert(kReviewerId, textOrNull(reviewerId));
    data.insert(kSavedAt, textOrNull(savedAt.isValid() ? formatUtcTimestamp(savedAt) : QString()));
    return data;
}

Expected<ReportDraft> ReportDraft::fromJson(const QUuid& id, const QJsonObject& data)
{
    ReportDraft draft;
    draft.id = id;
    draft.formId = data.value(kForm).toString();
    draft.formVersion = data.value(kFormVersion).toInt();
    if (draft.formId.isEmpty() || draft.formVersion <= 0)
        return Error{
            QCoreApplication::translate(
                "ReportDraft", "The record %1 does not say which form it was written with.")
                .arg(id.toString(QUuid::WithoutBraces))};
    draft.state = data.value(kState).toString();
    draft.caseId = QUuid::fromString(data.value(kCaseId).toString());
    draft.title = data.value(kTitle).toString();
    draft.values = data.value(kValues).toObject();
    draft.authorId = data.value(kAuthorId).toString();
    draft.reviewerId = data.value(kReviewerId).toString();
    const QString savedAt = data.value(kSavedAt).toString();
    if (!savedAt.isEmpty())
        draft.savedAt = parseUtcTimestamp(savedAt);
    draft.unknownKeys = data;
    for (QLatin1StringView key : kKnownKeys)
        draft.unknownKeys.remove(key);
    return draft;
}

} // namespace kenshu
