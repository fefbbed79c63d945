#pragma once

#include "DateRange.h"
#include "FormProblem.h"
#include "FormSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <optional>

namespace kenshu {

// Facts from outside the form that limit its values.
struct FormValidationContext
{
    // Spans that date and date-range fields must lie in, by field id (e.g. the care period
    // within the chosen facility's certification period).
    QHash<QString, DateRange> dateBounds;
};

// Every problem of `values` (the form values: field id -> value) against `schema`, at most one
// per field, in field order. It only reports: saving a draft never depends on it; submitting
// does. Values for ids the schema does not know are left alone (a draft may be older).
QList<FormProblem> validateForm(const FormSchema& schema, const QJsonObject& values,
                                const FormValidationContext& context = {});

// The problem of one value, if any (an absent value is only a problem when required).
std::optional<ProblemCode> checkFieldValue(const FormField& field, const QJsonValue& value,
                                           const std::optional<DateRange>& bound = std::nullopt);

} // namespace kenshu
