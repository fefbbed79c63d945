#pragma once

#include "EvaluationSheet.h"
#include "LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kenshu {

// The kinds of input a form field can be. Names (fieldTypeName) are the schema's "type".
enum class FieldType {
    Text,         // one line
    Multiline,    // paragraphs
    Number,       // with optional min/max and integer
    Date,         // "yyyy-MM-dd"
    DateRange,    // {"start": date, "end": date}
    SingleChoice, // one option value
    MultiChoice,  // array of option values
    Rating,       // {"resident": r, "supervisor": r}, r = "achieved" (○) | "not_achieved" (×)
    MemberRef,    // a member id
    FacilityRef,  // a facility id
    CaseRef,      // a case id
    Attachment,   // {"name": file name, "sha256": hex, "size": bytes}
};

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString& name);

struct FieldOption
{
    QString value; // stored in the form values
    LocalizedText label;
};

// One input of a form schema.
struct FormField
{
    QString id; // unique within the schema; the key in the form values
    FieldType type = FieldType::Text;
    LocalizedText label;
    LocalizedText help;
    LocalizedText unit; // number: shown after the input ("時間", "hours")
    bool required = false;
    std::optional<int> maxLength;   // text, multiline: characters (code points)
    std::optional<double> min;      // number
    std::optional<double> max;      // number
    bool integer = false;           // number
    QList<FieldOption> options;     // singleChoice, multiChoice
    QStringList accept;             // attachment: lower-case file extensions
    std::optional<qint64> maxBytes; // attachment
    // Evaluation sheets: the one side that writes this field (a comment box of the resident or
    // of the supervisor); none for fields the author writes.
    std::optional<RatingSide> side;

    const FieldOption* option(const QString& value) const;
};

} // namespace kenshu
