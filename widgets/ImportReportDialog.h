#pragma once

#include "ImportTypes.h"

#include <QDialog>

namespace kenshu {

// After an import: what was added, and every file that was skipped or rejected, with why.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    explicit ImportReportDialog(const ImportOutcome& outcome, QWidget* parent = nullptr);

    static QString summary(const ImportOutcome& outcome);
};

} // namespace kenshu
