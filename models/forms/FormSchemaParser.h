#pragma once

#include "Expected.h"
#include "FormSchema.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kenshu {

// Form schemas from JSON (resources/forms/*.json; the format is in docs/forms.md). Strict: an
// unknown key, a missing label or a property that does not fit the field's type is an error
// naming the path, e.g. `sections[1].fields[3].type: unknown type "foo"`.
Expected<FormSchema> parseFormSchema(const QByteArray& json);
Expected<FormSchema> formSchemaFromJson(const QJsonObject& root);
// Reads and parses a file (a path or a Qt resource); errors start with the file name.
Expected<FormSchema> loadFormSchemaFile(const QString& path);

} // namespace kenshu
