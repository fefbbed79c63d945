#pragma once

#include <QStringList>

class QWidget;

namespace kenshu {

// File and folder choosers that tests can answer in advance (as KeePassXC's FileDialog), so
// GUI tests drive the real windows without a modal dialog hanging the run.
class FileDialogs final
{
public:
    static QStringList openFiles(QWidget* parent, const QString& caption, const QString& folder,
                                 const QString& filter);
    static QString existingFolder(QWidget* parent, const QString& caption, const QString& folder);
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
                            const QString& filter);

    // The next call returns these paths instead of showing a dialog (empty = cancelled).
    static void setNextAnswer(const QStringList& paths);
};

} // namespace kenshu
