#pragma once

#include "ConflictMerge.h"
#include "FormSchema.h"

#include <QString>

namespace kenshu {

// How a conflict row is named and its values shown in the side-by-side view: form values by
// their schema's labels and option texts; other keys by a readable name. `schema` may be null
// (a record without a form). Translated.
QString conflictFieldLabel(const ConflictField& row, const FormSchema* schema,
                           const QString& language);
QString conflictValueText(const ConflictField& row, const QJsonValue& value,
                          const FormSchema* schema, const QString& language);

} // namespace kenshu
