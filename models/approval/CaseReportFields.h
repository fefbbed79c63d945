#pragma once

#include "DateRange.h"
#include "FormSchema.h"

#include <QJsonObject>
#include <QString>

namespace kenshu {

// The fields of a case report form that the approval rules read: the care period (the form's
// date-range field) and the facility (its facility-reference field). Null when the form has
// none.
const FormField* carePeriodField(const FormSchema& schema);
const FormField* facilityField(const FormSchema& schema);

// The care period in `values`; an invalid range when missing or malformed.
DateRange carePeriodOf(const FormSchema& schema, const QJsonObject& values);
// The chosen facility's id in `values`; empty when none.
QString facilityIdOf(const FormSchema& schema, const QJsonObject& values);

} // namespace kenshu
