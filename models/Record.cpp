#include "Record.h"

#include <array>
#include <utility>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

const std::array<std::pair<RecordType, QLatin1StringView>, 13> kTypeNames{{
    {RecordType::Program, "program"_L1},
    {RecordType::Room, "room"_L1},
    {RecordType::Member, "member"_L1},
    {RecordType::Case, "case"_L1},
    {RecordType::Study, "study"_L1},
    {RecordType::Document, "document"_L1},
    {RecordType::Comment, "comment"_L1},
    {RecordType::Annotation, "annotation"_L1},
    {RecordType::Report, "report"_L1},
    {RecordType::EvaluationSheet, "evaluation_sheet"_L1},
    {RecordType::ApprovalRequest, "approval_request"_L1},
    {RecordType::Credential, "credential"_L1},
    {RecordType::Notification, "notification"_L1},
}};

} // namespace

QString recordTypeName(RecordType type)
{
    for (const auto& [candidate, name] : kTypeNames) {
        if (candidate == type)
            return name;
    }
    return {};
}

std::optional<RecordType> recordTypeFromName(const QString& name)
{
    for (const auto& [type, candidate] : kTypeNames) {
        if (candidate == name)
            return type;
    }
    return std::nullopt;
}

} // namespace kenshu
