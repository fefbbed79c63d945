#pragma once

#include "Expected.h"
#include "FormSchema.h"

#include <QList>
#include <QString>

namespace kenshu {

// The form schemas a client knows. In a folder, `<id>.json` is the current version of a form;
// an older version that drafts may still use is kept as `<id>.v<version>.json` (docs/forms.md).
// Loading checks that every file is named after its id and version and that the current file
// has the highest version.
Expected<QList<FormSchema>> loadFormDirectory(const QString& directory);
// The schemas built into the application (Qt resources under :/forms).
Expected<QList<FormSchema>> loadBuiltInForms();

// The schema a draft was written with; null when that version is no longer kept.
const FormSchema* findForm(const QList<FormSchema>& forms, const QString& id, int version);
// The newest version of a form, for new drafts; null when unknown.
const FormSchema* currentForm(const QList<FormSchema>& forms, const QString& id);
// The newest version of every form, by id: what "New report" offers.
QList<const FormSchema*> currentForms(const QList<FormSchema>& forms);

} // namespace kenshu
