#include "BlobPreparer.h"

#include "Deidentifier.h"
#include "DicomImportFormat.h"
#include "SiteSecret.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kenshu::sync {

using namespace Qt::Literals::StringLiterals;

Expected<PreparedBlob> prepareBlob(const QString& dataDir, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("BlobPreparer", "Cannot read %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString())};
    const bool dicom = DicomImportFormat::looksLikeDicom(file.read(1024));
    file.close();
    if (!dicom)
        return PreparedBlob{path, false, deid::BurnedInTextRisk::None};

    Expected<QByteArray> secret = deid::loadOrCreateSiteSecret(dataDir);
    if (!secret)
        return secret.error();
    const QString outgoing = QDir(dataDir).filePath(u"outgoing"_s);
    if (!QDir().mkpath(outgoing))
        return Error{QCoreApplication::translate("BlobPreparer", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(outgoing))};
    const Expected<deid::DeidentifiedFile> copy =
        deid::Deidentifier(*secret).deidentifyFile(path, outgoing);
    if (!copy)
        return copy.error();
    return PreparedBlob{copy->outputPath, true, copy->burnedInText};
}

} // namespace kenshu::sync
