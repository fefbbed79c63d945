#pragma once

#include "ImportTypes.h"
#include "LibraryTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kenshu {

class PathListWidget;

// Collects what an import needs: for a new case its title (member number + proposed next
// sequence) and note; for "Add study" the existing case, shown read-only; and the files and
// folders, chosen with file dialogs or dropped in.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // New case. `existingTitles` are used to propose the next free sequence.
    ImportDialog(const QStringList& existingTitles, const QString& memberNumber,
                 QWidget* parent = nullptr);
    // Add study to an existing case.
    ImportDialog(const CaseSummary& existingCase, QWidget* parent = nullptr);

    ImportRequest request() const;
    QString memberNumber() const;
    void addPaths(const QStringList& paths);

private:
    void buildUi(bool newCase);
    void proposeTitle();
    void updateState();
    void addFiles();
    void addFolder();

    QStringList m_existingTitles;
    QUuid m_caseId;
    bool m_titleTouched = false;
    QLineEdit* m_memberNumber = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_titleMessage = nullptr;
    PathListWidget* m_paths = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kenshu
