#include "CliCommands.h"
#include "Deidentifier.h"
#include "DicomImportFormat.h"
#include "SiteSecret.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace kenshu::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

// The files of a folder, recursively, in a stable order.
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

// Why a file in a folder is left out, or empty when it is to be de-identified. DICOMDIR files
// list patients and are never copied.
QString reasonToSkip(const QString& path)
{
    if (QFileInfo(path).fileName().compare(u"DICOMDIR"_s, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("kenshuctl", "a DICOMDIR (an index with patient data)");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !DicomImportFormat::looksLikeDicom(file.read(1024)))
        return QCoreApplication::translate("kenshuctl", "not DICOM");
    return {};
}

bool isInside(const QString& path, const QString& folder)
{
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    QString current = QFileInfo(path).absoluteFilePath();
    while (!current.isEmpty()) {
        if (QFileInfo(current).canonicalFilePath() == canonicalFolder)
            return true;
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    return false;
}

void report(const deid::DeidentifiedFile& file, const QString& input, QTextStream& out,
            QTextStream& err)
{
    out << QCoreApplication::translate(
               "kenshuctl", "%1 -> %2 (%3 removed, %4 emptied, %5 replaced, %6 with new UIDs)")
               .arg(input, file.outputPath)
               .arg(file.counts.removed)
               .arg(file.counts.emptied)
               .arg(file.counts.replaced)
               .arg(file.counts.uidsRemapped)
        << u'\n';
    if (file.needsBurnedInTextConfirmation()) {
        err << QCoreApplication::translate(
                   "kenshuctl",
                   "Warning: %1 may show patient data burned into the image (Burned In "
                   "Annotation, or an ultrasound or screen capture). Look at every frame before "
                   "sharing it.")
                   .arg(file.outputPath)
            << u'\n';
    }
}

} // namespace

int runDeidentify(const QStringList& arguments, const QString& dataDir, QTextStream& out,
                  QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl",
        "Makes de-identified copies of DICOM files (DICOM PS3.15 Basic Application Level "
        "Confidentiality Profile; UIDs remapped consistently with the key in the data folder). "
        "A folder is searched recursively; its copies are named after their new SOP Instance "
        "UIDs. The originals are not changed."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"in"_s, QCoreApplication::translate("kenshuctl", "A DICOM file or a folder."), u"IN"_s);
    parser.addPositionalArgument(
        u"out"_s, QCoreApplication::translate("kenshuctl", "The copy, or a folder for the copies."),
        u"OUT"_s);
    if (const std::optional<int> done = parseCommand(parser, u"deidentify"_s, arguments, out, err))
        return *done;
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 2) {
        err << QCoreApplication::translate("kenshuctl",
                                           "Usage: kenshuctl [--data-dir DIR] deidentify IN OUT")
            << u'\n';
        return UsageError;
    }
    const QString& input = paths[0];
    const QString& output = paths[1];
    const bool folder = QFileInfo(input).isDir();
    if (!folder && !QFileInfo(input).isFile()) {
        err << QCoreApplication::translate("kenshuctl", "%1 does not exist.").arg(input) << u'\n';
        return Failure;
    }
    if (folder && isInside(output, input)) {
        err << QCoreApplication::translate("kenshuctl",
                                           "The output folder %1 must not be inside %2.")
                   .arg(output, input)
            << u'\n';
        return Failure;
    }

    const Expected<QByteArray> secret = deid::loadOrCreateSiteSecret(dataDir);
    if (!secret) {
        err << secret.error().message << u'\n';
        return Failure;
    }
    const deid::Deidentifier deidentifier(*secret);
    if (!folder) {
        const Expected<deid::DeidentifiedFile> file = deidentifier.deidentifyFile(input, output);
        if (!file) {
            err << file.error().message << u'\n';
            return Failure;
        }
        report(*file, input, out, err);
        return Success;
    }

    if (!QDir().mkpath(output)) {
        err << QCoreApplication::translate("kenshuctl", "Cannot create the folder %1.").arg(output)
            << u'\n';
        return Failure;
    }
    int written = 0;
    int skipped = 0;
    int failed = 0;
    for (const QString& file : filesUnder(input)) {
        if (const QString reason = reasonToSkip(file); !reason.isEmpty()) {
            out << QCoreApplication::translate("kenshuctl", "%1 skipped: %2").arg(file, reason)
                << u'\n';
            ++skipped;
            continue;
        }
        const Expected<deid::DeidentifiedFile> result = deidentifier.deidentifyFile(file, output);
        if (!result) {
            err << result.error().message << u'\n';
            ++failed;
            continue;
        }
        report(*result, file, out, err);
        ++written;
    }
    out << QCoreApplication::translate("kenshuctl",
                                       "%1 file(s) de-identified into %2, %3 skipped, %4 failed.")
               .arg(written)
               .arg(output)
               .arg(skipped)
               .arg(failed)
        << u'\n';
    if (written == 0 && failed == 0) {
        err << QCoreApplication::translate("kenshuctl", "There are no DICOM files in %1.")
                   .arg(input)
            << u'\n';
        return Failure;
    }
    return failed == 0 ? Success : Failure;
}

} // namespace kenshu::cli
