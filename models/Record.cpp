#include "Record.h"

#include "NameTable.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr NameTable<RecordType, 13> kTypeNames{{
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
    return nameFromTable(kTypeNames, type);
}

std::optional<RecordType> recordTypeFromName(const QString& name)
{
    return valueFromTable(kTypeNames, name);
}

} // namespace kenshu
