#pragma once

#include "DateRange.h"
#include "FormField.h"

#include <QString>
#include <optional>

namespace kenshu {

// What is wrong with one form value. Names (problemCodeName) are stable for scripts and the
// server.
enum class ProblemCode {
    Required,            // "required": a required field is empty
    WrongType,           // "wrong_type": the stored value is not of the field's shape
    TooLong,             // "too_long": more characters than maxLength
    BelowMin,            // "below_min"
    AboveMax,            // "above_max"
    NotInteger,          // "not_integer"
    BadDate,             // "bad_date": not a calendar date "yyyy-MM-dd"
    IncompleteRange,     // "incomplete_range": a date range with only one end
    EndBeforeStart,      // "end_before_start"
    OutsideBound,        // "outside_bound": a date outside the span the context allows
    UnknownOption,       // "unknown_option": not one of the field's options
    FileTooLarge,        // "file_too_large"
    FileTypeNotAccepted, // "file_type_not_accepted"
};

QString problemCodeName(ProblemCode code);
std::optional<ProblemCode> problemCodeFromName(const QString& name);

// One problem found by validateForm. The message is translated and does not repeat the
// field's label (the form shows it next to the field; a list prefixes the label).
struct FormProblem
{
    QString fieldId;
    ProblemCode code = ProblemCode::Required;
    QString message;
};

// The message for `code` on `field`, with its limits filled in; `bound` is the allowed span
// for OutsideBound.
QString problemMessage(ProblemCode code, const FormField& field,
                       const std::optional<DateRange>& bound = std::nullopt);

} // namespace kenshu
