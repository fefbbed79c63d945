#include "FormField.h"

#include "NameTable.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr NameTable<FieldType, 12> kFieldTypeNames{{
    {FieldType::Text, "text"_L1},
    {FieldType::Multiline, "multiline"_L1},
    {FieldType::Number, "number"_L1},
    {FieldType::Date, "date"_L1},
    {FieldType::DateRange, "dateRange"_L1},
    {FieldType::SingleChoice, "singleChoice"_L1},
    {FieldType::MultiChoice, "multiChoice"_L1},
    {FieldType::Rating, "rating"_L1},
    {FieldType::MemberRef, "memberRef"_L1},
    {FieldType::FacilityRef, "facilityRef"_L1},
    {FieldType::CaseRef, "caseRef"_L1},
    {FieldType::Attachment, "attachment"_L1},
}};

} // namespace

QString fieldTypeName(FieldType type)
{
    return nameFromTable(kFieldTypeNames, type);
}

std::optional<FieldType> fieldTypeFromName(const QString& name)
{
    return valueFromTable(kFieldTypeNames, name);
}

const FieldOption* FormField::option(const QString& value) const
{
    for (const FieldOption& candidate : options) {
        if (candidate.value == value)
            return &candidate;
    }
    return nullptr;
}

} // namespace kenshu
