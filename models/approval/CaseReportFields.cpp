#include "CaseReportFields.h"

namespace kenshu {
namespace {

const FormField* firstOfType(const FormSchema& schema, FieldType type)
{
    for (const FormField* field : schema.fields()) {
        if (field->type == type)
            return field;
    }
    return nullptr;
}

} // namespace

const FormField* carePeriodField(const FormSchema& schema)
{
    return firstOfType(schema, FieldType::DateRange);
}

const FormField* facilityField(const FormSchema& schema)
{
    return firstOfType(schema, FieldType::FacilityRef);
}

DateRange carePeriodOf(const FormSchema& schema, const QJsonObject& values)
{
    const FormField* field = carePeriodField(schema);
    if (!field)
        return {};
    return DateRange::fromJson(values.value(field->id).toObject()).value_or(DateRange{});
}

QString facilityIdOf(const FormSchema& schema, const QJsonObject& values)
{
    const FormField* field = facilityField(schema);
    return field ? values.value(field->id).toString() : QString();
}

} // namespace kenshu
