#pragma once

#include "FormSchema.h"
#include "ReportDraft.h"

#include <QString>

namespace kenshu {

// A form laid out like its paper original, as HTML for QTextDocument: the title, a header box
// (author, date, state, reviewer), each section as a bordered table of label | value, rating
// items as a table with ○/× columns for the resident and the supervisor, and every option of a
// choice field with the chosen ones ticked. `language` picks the labels ("ja*" or English);
// the print language is chosen per export, so its fixed labels are bilingual data here, not
// UI translations.
QString formHtml(const FormSchema& schema, const ReportDraft& draft, const QString& language);

// The localized name of a workflow state for print ("in_training" -> "研修継続中"); the name
// itself when unknown.
QString printedStateName(const QString& stateName, const QString& language);

} // namespace kenshu
