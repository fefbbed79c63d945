#include "ConflictValueText.h"

#include "EvaluationSheet.h"
#include "WorkflowLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QString translate(const char* text)
{
    return QCoreApplication::translate("ConflictView", text);
}

// "reviewerId" -> "Reviewer id": for keys without a name of their own.
QString readableKey(const QString& key)
{
    QString words;
    for (const QChar c : key) {
        if (c.isUpper() && !words.isEmpty())
            words.append(u' ');
        words.append(c == u'_' ? QChar(u' ') : c.toLower());
    }
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString ratingText(const QString& name)
{
    const std::optional<Rating> rating = ratingFromName(name);
    if (rating == Rating::Achieved)
        return u"○"_s;
    if (rating == Rating::NotAchieved)
        return u"×"_s;
    return u"–"_s;
}

QString optionText(const FormField& field, const QString& value, const QString& language)
{
    const FieldOption* option = field.option(value);
    return option ? option->label.text(language) : value;
}

QString formValueText(const FormField& field, const QJsonValue& value, const QString& language)
{
    switch (field.type) {
    case FieldType::SingleChoice:
        return optionText(field, value.toString(), language);
    case FieldType::MultiChoice: {
        QStringList texts;
        for (const QJsonValue& item : value.toArray())
            texts.append(optionText(field, item.toString(), language));
        return texts.join(u", "_s);
    }
    case FieldType::DateRange:
        return QCoreApplication::translate("ConflictView", "%1 – %2")
            .arg(value[u"start"_s].toString(), value[u"end"_s].toString());
    case FieldType::Rating:
        return QCoreApplication::translate("ConflictView", "self %1 / supervisor %2")
            .arg(ratingText(value[u"resident"_s].toString()),
                 ratingText(value[u"supervisor"_s].toString()));
    case FieldType::Attachment:
        return value[u"name"_s].toString();
    case FieldType::Number:
        if (value.isDouble())
            return QLocale().toString(value.toDouble());
        break;
    default:
        break;
    }
    return value.isString()
               ? value.toString()
               : QString::fromUtf8(
                     QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

} // namespace

QString conflictFieldLabel(const ConflictField& row, const FormSchema* schema,
                           const QString& language)
{
    if (!row.formFieldId.isEmpty()) {
        const FormField* field = schema ? schema->field(row.formFieldId) : nullptr;
        return field ? field->label.text(language) : readableKey(row.formFieldId);
    }
    static const QHash<QString, const char*> names = {
        {u"title"_s, QT_TRANSLATE_NOOP("ConflictView", "Title")},
        {u"state"_s, QT_TRANSLATE_NOOP("ConflictView", "Status")},
        {u"authorId"_s, QT_TRANSLATE_NOOP("ConflictView", "Author")},
        {u"reviewerId"_s, QT_TRANSLATE_NOOP("ConflictView", "Supervisor asked")},
        {u"caseId"_s, QT_TRANSLATE_NOOP("ConflictView", "Case")},
        {u"requestMessage"_s, QT_TRANSLATE_NOOP("ConflictView", "Message to the supervisor")},
        {u"form"_s, QT_TRANSLATE_NOOP("ConflictView", "Form")},
        {u"formVersion"_s, QT_TRANSLATE_NOOP("ConflictView", "Form version")},
        {u"text"_s, QT_TRANSLATE_NOOP("ConflictView", "Text")},
        {u"note"_s, QT_TRANSLATE_NOOP("ConflictView", "Note")},
    };
    if (const char* name = names.value(row.key))
        return translate(name);
    return readableKey(row.key);
}

QString conflictValueText(const ConflictField& row, const QJsonValue& value,
                          const FormSchema* schema, const QString& language)
{
    if (value.isUndefined() || value.isNull() || value == QJsonValue(QString()))
        return translate("(empty)");
    if (!row.formFieldId.isEmpty()) {
        if (const FormField* field = schema ? schema->field(row.formFieldId) : nullptr)
            return formValueText(*field, value, language);
    }
    if (row.key == u"state"_s && schema && schema->workflow) {
        if (const std::optional<WorkflowState> state =
                workflowStateFromName(*schema->workflow, value.toString()))
            return workflowStateLabel(*state);
    }
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? translate("yes") : translate("no");
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    return QString::fromUtf8(
        QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

} // namespace kenshu
