#include "FormSchemaParser.h"

#include "FormFieldParser.h"
#include "SchemaJsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;
using Presence = SchemaJsonReader::Presence;

FormSection parseSection(SchemaJsonReader& reader, const QJsonValue& value, const QString& path,
                         QHash<QString, QString>& fieldPaths)
{
    const QJsonObject json = reader.object(value, path);
    reader.onlyKeys(json, path, {"id"_L1, "title"_L1, "help"_L1, "fields"_L1});
    FormSection section;
    section.id = reader.identifier(json, path, "id"_L1);
    section.title = reader.localized(json, path, "title"_L1, Presence::Required);
    section.help = reader.localized(json, path, "help"_L1, Presence::Optional);
    const QJsonArray fields = reader.array(json, path, "fields"_L1, Presence::Required);
    for (qsizetype i = 0; i < fields.size() && reader.ok(); ++i)
        section.fields.append(
            parseField(reader, fields.at(i), schemaPath(path, "fields"_L1, i), fieldPaths));
    return section;
}

std::optional<WorkflowKind> parseWorkflow(SchemaJsonReader& reader, const QJsonObject& root)
{
    const QString name = reader.string(root, {}, "workflow"_L1, Presence::Optional);
    if (name.isEmpty() || name == "none"_L1)
        return std::nullopt;
    const std::optional<WorkflowKind> kind = workflowKindFromName(name);
    if (!kind)
        reader.fail(u"workflow"_s,
                    QCoreApplication::translate("FormSchema", "unknown workflow \"%1\"").arg(name));
    return kind;
}

} // namespace

Expected<FormSchema> parseFormSchema(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("FormSchema", "not valid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{QCoreApplication::translate("FormSchema", "a schema is a JSON object")};
    return formSchemaFromJson(document.object());
}

Expected<FormSchema> formSchemaFromJson(const QJsonObject& root)
{
    SchemaJsonReader reader;
    reader.onlyKeys(
        root, {},
        {"id"_L1, "version"_L1, "workflow"_L1, "title"_L1, "description"_L1, "sections"_L1});
    FormSchema schema;
    schema.id = reader.identifier(root, {}, "id"_L1);
    schema.version = static_cast<int>(
        reader.positiveInteger(root, {}, "version"_L1, Presence::Required).value_or(0));
    schema.workflow = parseWorkflow(reader, root);
    schema.title = reader.localized(root, {}, "title"_L1, Presence::Required);
    schema.description = reader.localized(root, {}, "description"_L1, Presence::Optional);

    const QJsonArray sections = reader.array(root, {}, "sections"_L1, Presence::Required);
    QHash<QString, QString> fieldPaths;
    QHash<QString, QString> sectionPaths;
    for (qsizetype i = 0; i < sections.size() && reader.ok(); ++i) {
        const QString path = schemaPath({}, "sections"_L1, i);
        FormSection section = parseSection(reader, sections.at(i), path, fieldPaths);
        if (reader.ok() && sectionPaths.contains(section.id))
            reader.fail(schemaPath(path, "id"_L1),
                        QCoreApplication::translate("FormSchema",
                                                    "duplicate section id \"%1\" (also at %2)")
                            .arg(section.id, sectionPaths.value(section.id)));
        sectionPaths.insert(section.id, path);
        schema.sections.append(std::move(section));
    }
    if (!reader.ok())
        return reader.error();
    return schema;
}

Expected<FormSchema> loadFormSchemaFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("FormSchema", "%1: cannot read the file: %2")
                         .arg(name, file.errorString())};
    Expected<FormSchema> schema = parseFormSchema(file.readAll());
    if (!schema)
        return Error{name + u": "_s + schema.error().message};
    return schema;
}

} // namespace kenshu
