#pragma once

#include "FormField.h"
#include "SchemaJsonReader.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace kenshu {

// One field of a form schema at `path`. `fieldPaths` maps the field ids seen so far to where
// they were, so that a duplicate names both places. Problems go to `reader`.
FormField parseField(SchemaJsonReader& reader, const QJsonValue& value, const QString& path,
                     QHash<QString, QString>& fieldPaths);

} // namespace kenshu
