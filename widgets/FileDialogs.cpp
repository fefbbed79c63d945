#include "FileDialogs.h"

#include <QFileDialog>
#include <optional>

namespace kenshu {
namespace {

std::optional<QStringList>& pendingAnswer()
{
    static std::optional<QStringList> answer;
    return answer;
}

std::optional<QString> takeSingleAnswer()
{
    std::optional<QStringList>& answer = pendingAnswer();
    if (!answer)
        return std::nullopt;
    const QString path = answer->value(0);
    answer.reset();
    return path;
}

} // namespace

void FileDialogs::setNextAnswer(const QStringList& paths)
{
    pendingAnswer() = paths;
}

QStringList FileDialogs::openFiles(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter)
{
    if (std::optional<QStringList>& answer = pendingAnswer()) {
        const QStringList paths = *answer;
        answer.reset();
        return paths;
    }
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

QString FileDialogs::existingFolder(QWidget* parent, const QString& caption, const QString& folder)
{
    if (const std::optional<QString> answer = takeSingleAnswer())
        return *answer;
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

QString FileDialogs::saveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
                              const QString& filter)
{
    if (const std::optional<QString> answer = takeSingleAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

} // namespace kenshu
