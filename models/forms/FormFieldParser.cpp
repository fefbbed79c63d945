#include "FormFieldParser.h"

#include <QCoreApplication>
#include <QSet>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;
using Presence = SchemaJsonReader::Presence;

bool isChoice(FieldType type)
{
    return type == FieldType::SingleChoice || type == FieldType::MultiChoice;
}

// The properties beyond the common ones (id, type, label, help, required) each type accepts.
QList<QLatin1StringView> typeProperties(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Multiline:
        return {"maxLength"_L1};
    case FieldType::Number:
        return {"min"_L1, "max"_L1, "integer"_L1, "unit"_L1};
    case FieldType::SingleChoice:
    case FieldType::MultiChoice:
        return {"options"_L1};
    case FieldType::Attachment:
        return {"accept"_L1, "maxBytes"_L1};
    default:
        return {};
    }
}

void checkPropertiesFitType(SchemaJsonReader& reader, const QJsonObject& json, const QString& path,
                            FieldType type)
{
    const QList<QLatin1StringView> own = typeProperties(type);
    for (const QLatin1StringView key : {"maxLength"_L1, "min"_L1, "max"_L1, "integer"_L1, "unit"_L1,
                                        "options"_L1, "accept"_L1, "maxBytes"_L1}) {
        if (json.contains(key) && !own.contains(key))
            reader.fail(schemaPath(path, key),
                        QCoreApplication::translate("FormSchema", "not used by a %1 field")
                            .arg(fieldTypeName(type)));
    }
}

QList<FieldOption> parseOptions(SchemaJsonReader& reader, const QJsonObject& json,
                                const QString& path)
{
    QList<FieldOption> options;
    QSet<QString> seen;
    const QJsonArray array = reader.array(json, path, "options"_L1, Presence::Required);
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString optionPath = schemaPath(path, "options"_L1, i);
        const QJsonObject option = reader.object(array.at(i), optionPath);
        reader.onlyKeys(option, optionPath, {"value"_L1, "label"_L1});
        FieldOption parsed;
        parsed.value = reader.string(option, optionPath, "value"_L1, Presence::Required);
        parsed.label = reader.localized(option, optionPath, "label"_L1, Presence::Required);
        if (reader.ok() && seen.contains(parsed.value))
            reader.fail(schemaPath(optionPath, "value"_L1),
                        QCoreApplication::translate("FormSchema", "duplicate option \"%1\"")
                            .arg(parsed.value));
        seen.insert(parsed.value);
        options.append(parsed);
    }
    return options;
}

QStringList parseAccept(SchemaJsonReader& reader, const QJsonObject& json, const QString& path)
{
    QStringList extensions;
    const QJsonArray array = reader.array(json, path, "accept"_L1, Presence::Optional);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString extension = array.at(i).toString();
        if (extension.isEmpty() || extension != extension.toLower() || extension.contains(u'.')) {
            reader.fail(schemaPath(path, "accept"_L1, i),
                        QCoreApplication::translate(
                            "FormSchema", "expected a lower-case file extension without a dot"));
            return {};
        }
        extensions.append(extension);
    }
    return extensions;
}

void parseTypeProperties(SchemaJsonReader& reader, const QJsonObject& json, const QString& path,
                         FormField& field)
{
    checkPropertiesFitType(reader, json, path, field.type);
    if (const auto maxLength =
            reader.positiveInteger(json, path, "maxLength"_L1, Presence::Optional))
        field.maxLength = static_cast<int>(*maxLength);
    field.min = reader.number(json, path, "min"_L1);
    field.max = reader.number(json, path, "max"_L1);
    if (reader.ok() && field.min && field.max && *field.min > *field.max)
        reader.fail(schemaPath(path, "max"_L1),
                    QCoreApplication::translate("FormSchema", "less than min"));
    field.integer = reader.boolean(json, path, "integer"_L1);
    field.unit = reader.localized(json, path, "unit"_L1, Presence::Optional);
    if (isChoice(field.type))
        field.options = parseOptions(reader, json, path);
    field.accept = parseAccept(reader, json, path);
    field.maxBytes = reader.positiveInteger(json, path, "maxBytes"_L1, Presence::Optional);
}

std::optional<RatingSide> parseSide(SchemaJsonReader& reader, const QJsonObject& json,
                                    const QString& path, FieldType type)
{
    if (!json.contains("side"_L1))
        return std::nullopt;
    const QString name = reader.string(json, path, "side"_L1, Presence::Required);
    const std::optional<RatingSide> side = ratingSideFromName(name);
    if (!reader.ok())
        return std::nullopt;
    if (!side)
        reader.fail(schemaPath(path, "side"_L1),
                    QCoreApplication::translate("FormSchema", "expected resident or supervisor"));
    else if (type == FieldType::Rating)
        reader.fail(schemaPath(path, "side"_L1),
                    QCoreApplication::translate("FormSchema", "a rating has both sides"));
    return side;
}

} // namespace

FormField parseField(SchemaJsonReader& reader, const QJsonValue& value, const QString& path,
                     QHash<QString, QString>& fieldPaths)
{
    const QJsonObject json = reader.object(value, path);
    reader.onlyKeys(json, path,
                    {"id"_L1, "type"_L1, "label"_L1, "help"_L1, "required"_L1, "maxLength"_L1,
                     "min"_L1, "max"_L1, "integer"_L1, "unit"_L1, "options"_L1, "accept"_L1,
                     "maxBytes"_L1, "side"_L1});
    FormField field;
    field.id = reader.identifier(json, path, "id"_L1);
    if (reader.ok() && fieldPaths.contains(field.id))
        reader.fail(
            schemaPath(path, "id"_L1),
            QCoreApplication::translate("FormSchema", "duplicate field id \"%1\" (also at %2)")
                .arg(field.id, fieldPaths.value(field.id)));
    fieldPaths.insert(field.id, path);

    const QString typeName = reader.string(json, path, "type"_L1, Presence::Required);
    if (const std::optional<FieldType> type = fieldTypeFromName(typeName))
        field.type = *type;
    else if (reader.ok())
        reader.fail(schemaPath(path, "type"_L1),
                    QCoreApplication::translate("FormSchema", "unknown type \"%1\"").arg(typeName));
    field.label = reader.localized(json, path, "label"_L1, Presence::Required);
    field.help = reader.localized(json, path, "help"_L1, Presence::Optional);
    field.required = reader.boolean(json, path, "required"_L1);
    field.side = parseSide(reader, json, path, field.type);
    if (reader.ok())
        parseTypeProperties(reader, json, path, field);
    return field;
}

} // namespace kenshu
