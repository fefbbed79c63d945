#include "FormLibrary.h"

#include "FormSchemaParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <algorithm>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

bool isCurrentFile(const QString& fileName, const FormSchema& schema)
{
    return fileName == schema.id + u".json"_s;
}

bool isOlderVersionFile(const QString& fileName, const FormSchema& schema)
{
    return fileName == u"%1.v%2.json"_s.arg(schema.id).arg(schema.version);
}

Error misnamed(const QString& fileName, const FormSchema& schema)
{
    return Error{QCoreApplication::translate(
                     "FormSchema", "%1: a schema with id \"%2\" and version %3 must be in %2.json "
                                   "(the current version) or %2.v%3.json (an older one)")
                     .arg(fileName, schema.id)
                     .arg(schema.version)};
}

} // namespace

Expected<QList<FormSchema>> loadFormDirectory(const QString& directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QList<FormSchema> forms;
    QHash<QString, int> currentVersions;
    QHash<QString, int> newestOlderVersions;
    for (const QString& fileName : files) {
        Expected<FormSchema> schema = loadFormSchemaFile(dir.filePath(fileName));
        if (!schema)
            return schema.error();
        if (isCurrentFile(fileName, *schema)) {
            currentVersions.insert(schema->id, schema->version);
        } else if (isOlderVersionFile(fileName, *schema)) {
            int& newest = newestOlderVersions[schema->id];
            newest = std::max(newest, schema->version);
        } else {
            return misnamed(fileName, *schema);
        }
        forms.append(std::move(*schema));
    }
    for (auto it = newestOlderVersions.cbegin(); it != newestOlderVersions.cend(); ++it) {
        if (currentVersions.value(it.key()) <= it.value())
            return Error{
                QCoreApplication::translate(
                    "FormSchema", "%1.json: the current version must be newer than %1.v%2.json")
                    .arg(it.key())
                    .arg(it.value())};
    }
    if (forms.isEmpty())
        return Error{QCoreApplication::translate("FormSchema", "No form schemas in %1.")
                         .arg(QDir::toNativeSeparators(directory))};
    return forms;
}

Expected<QList<FormSchema>> loadBuiltInForms()
{
    return loadFormDirectory(u":/forms"_s);
}

const FormSchema* findForm(const QList<FormSchema>& forms, const QString& id, int version)
{
    const auto it = std::find_if(forms.cbegin(), forms.cend(), [&](const FormSchema& schema) {
        return schema.id == id && schema.version == version;
    });
    return it == forms.cend() ? nullptr : &*it;
}

const FormSchema* currentForm(const QList<FormSchema>& forms, const QString& id)
{
    const FormSchema* newest = nullptr;
    for (const FormSchema& schema : forms) {
        if (schema.id == id && (!newest || schema.version > newest->version))
            newest = &schema;
    }
    return newest;
}

QList<const FormSchema*> currentForms(const QList<FormSchema>& forms)
{
    QList<const FormSchema*> result;
    for (const FormSchema& schema : forms) {
        if (currentForm(forms, schema.id) == &schema)
            result.append(&schema);
    }
    return result;
}

} // namespace kenshu
