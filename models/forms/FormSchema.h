#pragma once

#include "FormField.h"
#include "WorkflowStates.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kenshu {

struct FormSection
{
    QString id;
    LocalizedText title;
    LocalizedText help;
    QList<FormField> fields;
};

// A report or evaluation form as data (DESIGN.md): loaded from JSON by parseFormSchema, drawn
// by the form renderer, checked by validateForm. A record's values keep the id and version of
// the schema they were written with.
struct FormSchema
{
    QString id;
    int version = 0;
    // The state machine that governs records of this form; none for a plain log.
    std::optional<WorkflowKind> workflow;
    LocalizedText title;
    LocalizedText description;
    QList<FormSection> sections;

    const FormField* field(const QString& fieldId) const;
    // Every field in order, across sections.
    QList<const FormField*> fields() const;
    // The ids of the rating fields in order: an evaluation sheet's items.
    QStringList ratingFieldIds() const;
};

} // namespace kenshu
