#include "FormValidator.h"

#include "EvaluationSheet.h"
#include "TextLength.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

bool isAbsent(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isAbsent(it.value()))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

std::optional<ProblemCode> checkText(const FormField& field, const QJsonValue& value)
{
    if (!value.isString())
        return ProblemCode::WrongType;
    if (field.maxLength && characterCount(value.toString()) > *field.maxLength)
        return ProblemCode::TooLong;
    return std::nullopt;
}

std::optional<ProblemCode> checkNumber(const FormField& field, const QJsonValue& value)
{
    if (!value.isDouble())
        return ProblemCode::WrongType;
    const double number = value.toDouble();
    if (field.integer && std::floor(number) != number)
        return ProblemCode::NotInteger;
    if (field.min && number < *field.min)
        return ProblemCode::BelowMin;
    if (field.max && number > *field.max)
        return ProblemCode::AboveMax;
    return std::nullopt;
}

std::optional<ProblemCode> checkDate(const QJsonValue& value, const std::optional<DateRange>& bound)
{
    if (!value.isString())
        return ProblemCode::WrongType;
    const std::optional<QDate> date = parseIsoDate(value.toString());
    if (!date)
        return ProblemCode::BadDate;
    if (bound && !bound->contains(*date))
        return ProblemCode::OutsideBound;
    return std::nullopt;
}

std::optional<ProblemCode> checkDateRange(const QJsonValue& value,
                                          const std::optional<DateRange>& bound)
{
    if (!value.isObject())
        return ProblemCode::WrongType;
    const QJsonObject range = value.toObject();
    const QJsonValue start = range.value("start"_L1);
    const QJsonValue end = range.value("end"_L1);
    if (isAbsent(start) || isAbsent(end))
        return ProblemCode::IncompleteRange;
    for (const QJsonValue& day : {start, end}) {
        if (const std::optional<ProblemCode> problem = checkDate(day, std::nullopt))
            return problem;
    }
    const DateRange parsed{*parseIsoDate(start.toString()), *parseIsoDate(end.toString())};
    if (!parsed.isValid())
        return ProblemCode::EndBeforeStart;
    if (bound && !bound->covers(parsed))
        return ProblemCode::OutsideBound;
    return std::nullopt;
}

std::optional<ProblemCode> checkChoice(const FormField& field, const QJsonValue& value)
{
    if (field.type == FieldType::SingleChoice) {
        if (!value.isString())
            return ProblemCode::WrongType;
        return field.option(value.toString()) ? std::nullopt
                                              : std::optional(ProblemCode::UnknownOption);
    }
    if (!value.isArray())
        return ProblemCode::WrongType;
    for (const QJsonValue& chosen : value.toArray()) {
        if (!chosen.isString())
            return ProblemCode::WrongType;
        if (!field.option(chosen.toString()))
            return ProblemCode::UnknownOption;
    }
    return std::nullopt;
}

std::optional<ProblemCode> checkRating(const FormField& field, const QJsonValue& value)
{
    if (!value.isObject())
        return ProblemCode::WrongType;
    const QJsonObject sides = value.toObject();
    for (auto it = sides.begin(); it != sides.end(); ++it) {
        if (!ratingSideFromName(it.key()) || !it.value().isString() ||
            !ratingFromName(it.value().toString()))
            return ProblemCode::WrongType;
    }
    // Required means the resident's self-rating: the supervisor rates after it.
    if (field.required && isAbsent(sides.value(ratingSideName(RatingSide::Resident))))
        return ProblemCode::Required;
    return std::nullopt;
}

std::optional<ProblemCode> checkAttachment(const FormField& field, const QJsonValue& value)
{
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    const QJsonObject file = value.toObject();
    const QString name = file.value("name"_L1).toString();
    const QJsonValue size = file.value("size"_L1);
    if (!value.isObject() || name.isEmpty() ||
        !sha256.match(file.value("sha256"_L1).toString()).hasMatch() || !size.isDouble() ||
        size.toDouble() < 0)
        return ProblemCode::WrongType;
    const QString extension = name.section(u'.', -1).toLower();
    if (!field.accept.isEmpty() && (!name.contains(u'.') || !field.accept.contains(extension)))
        return ProblemCode::FileTypeNotAccepted;
    if (field.maxBytes && size.toDouble() > static_cast<double>(*field.maxBytes))
        return ProblemCode::FileTooLarge;
    return std::nullopt;
}

} // namespace

std::optional<ProblemCode> checkFieldValue(const FormField& field, const QJsonValue& value,
                                           const std::optional<DateRange>& bound)
{
    if (isAbsent(value)) {
        return field.required ? std::optional(ProblemCode::Required) : std::nullopt;
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline:
    case FieldType::MemberRef:
    case FieldType::FacilityRef:
    case FieldType::CaseRef:
        return checkText(field, value);
    case FieldType::Number:
        return checkNumber(field, value);
    case FieldType::Date:
        return checkDate(value, bound);
    case FieldType::DateRange:
        return checkDateRange(value, bound);
    case FieldType::SingleChoice:
    case FieldType::MultiChoice:
        return checkChoice(field, value);
    case FieldType::Rating:
        return checkRating(field, value);
    case FieldType::Attachment:
        return checkAttachment(field, value);
    }
    return ProblemCode::WrongType;
}

QList<FormProblem> validateForm(const FormSchema& schema, const QJsonObject& values,
                                const FormValidationContext& context)
{
    QList<FormProblem> problems;
    for (const FormField* field : schema.fields()) {
        const std::optional<DateRange> bound =
            context.dateBounds.contains(field->id)
                ? std::optional(context.dateBounds.value(field->id))
                : std::nullopt;
        if (const std::optional<ProblemCode> code =
                checkFieldValue(*field, values.value(field->id), bound))
            problems.append({field->id, *code, problemMessage(*code, *field, bound)});
    }
    return problems;
}

} // namespace kenshu
