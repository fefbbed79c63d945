#include "FormProblem.h"

#include "NameTable.h"

#include <QCoreApplication>
#include <QLocale>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr NameTable<ProblemCode, 13> kProblemNames{{
    {ProblemCode::Required, "required"_L1},
    {ProblemCode::WrongType, "wrong_type"_L1},
    {ProblemCode::TooLong, "too_long"_L1},
    {ProblemCode::BelowMin, "below_min"_L1},
    {ProblemCode::AboveMax, "above_max"_L1},
    {ProblemCode::NotInteger, "not_integer"_L1},
    {ProblemCode::BadDate, "bad_date"_L1},
    {ProblemCode::IncompleteRange, "incomplete_range"_L1},
    {ProblemCode::EndBeforeStart, "end_before_start"_L1},
    {ProblemCode::OutsideBound, "outside_bound"_L1},
    {ProblemCode::UnknownOption, "unknown_option"_L1},
    {ProblemCode::FileTooLarge, "file_too_large"_L1},
    {ProblemCode::FileTypeNotAccepted, "file_type_not_accepted"_L1},
}};

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 15);
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString problemCodeName(ProblemCode code)
{
    return nameFromTable(kProblemNames, code);
}

std::optional<ProblemCode> problemCodeFromName(const QString& name)
{
    return valueFromTable(kProblemNames, name);
}

QString problemMessage(ProblemCode code, const FormField& field,
                       const std::optional<DateRange>& bound)
{
    switch (code) {
    case ProblemCode::Required:
        return QCoreApplication::translate("FormValidation", "Required.");
    case ProblemCode::WrongType:
        return QCoreApplication::translate("FormValidation", "The stored value is not of the "
                                                             "expected kind; enter it again.");
    case ProblemCode::TooLong:
        return QCoreApplication::translate("FormValidation", "At most %1 characters.")
            .arg(field.maxLength.value_or(0));
    case ProblemCode::BelowMin:
        return QCoreApplication::translate("FormValidation", "At least %1.")
            .arg(number(field.min.value_or(0)));
    case ProblemCode::AboveMax:
        return QCoreApplication::translate("FormValidation", "At most %1.")
            .arg(number(field.max.value_or(0)));
    case ProblemCode::NotInteger:
        return QCoreApplication::translate("FormValidation", "Enter a whole number.");
    case ProblemCode::BadDate:
        return QCoreApplication::translate("FormValidation", "Enter a date as YYYY-MM-DD.");
    case ProblemCode::IncompleteRange:
        return QCoreApplication::translate("FormValidation",
                                           "Enter both the start and the end date.");
    case ProblemCode::EndBeforeStart:
        return QCoreApplication::translate("FormValidation",
                                           "The end date is before the start date.");
    case ProblemCode::OutsideBound:
        if (bound && !bound->end.isNull())
            return QCoreApplication::translate("FormValidation",
                                               "Dates must lie between %1 and %2.")
                .arg(isoDate(bound->start), isoDate(bound->end));
        return QCoreApplication::translate("FormValidation", "Dates must not be before %1.")
            .arg(bound ? isoDate(bound->start) : QString());
    case ProblemCode::UnknownOption:
        return QCoreApplication::translate("FormValidation", "Choose one of the listed options.");
    case ProblemCode::FileTooLarge:
        return QCoreApplication::translate("FormValidation", "The file is larger than %1.")
            .arg(QLocale::c().formattedDataSize(field.maxBytes.value_or(0), 1,
                                                QLocale::DataSizeTraditionalFormat));
    case ProblemCode::FileTypeNotAccepted:
        return QCoreApplication::translate("FormValidation", "Accepted file types: %1.")
            .arg(field.accept.join(u", "_s));
    }
    return {};
}

} // namespace kenshu
