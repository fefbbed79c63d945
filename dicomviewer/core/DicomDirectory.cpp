#include "DicomDirectory.h"

#include "DcmtkSetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>
#include <dcmtk/dcmdata/dcdirrec.h>

namespace kenshu {
namespace {

// Finds each path component in its folder ignoring case; listings are cached per folder.
class CaseInsensitiveResolver
{
public:
    explicit CaseInsensitiveResolver(QString root) : m_root(std::move(root)) {}

    QString resolve(const QStringList& components)
    {
        QString current = m_root;
        for (const QString& component : components) {
            const QString exact = QDir(current).filePath(component);
            if (QFileInfo::exists(exact)) {
                current = exact;
                continue;
            }
            const QString match = findIgnoringCase(current, component);
            current = QDir(current).filePath(match.isEmpty() ? component : match);
        }
        return QDir::cleanPath(current);
    }

private:
    QString findIgnoringCase(const QString& folder, const QString& name)
    {
        auto it = m_listings.find(folder);
        if (it == m_listings.end())
            it = m_listings.insert(
                folder,
                QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        for (const QString& entry : std::as_const(*it)) {
            if (entry.compare(name, Qt::CaseInsensitive) == 0)
                return entry;
        }
        return {};
    }

    QString m_root;
    QHash<QString, QStringList> m_listings;
};

void collectReferences(DcmDirectoryRecord& record, CaseInsensitiveResolver& resolver,
                       QStringList& files)
{
    OFString fileId;
    if (record.findAndGetOFStringArray(DCM_ReferencedFileID, fileId).good() && !fileId.empty()) {
        const QStringList components =
            QString::fromLatin1(fileId.c_str()).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        if (!components.isEmpty())
            files.append(resolver.resolve(components));
    }
    DcmDirectoryRecord* child = nullptr;
    while ((child = record.nextSub(child)) != nullptr)
        collectReferences(*child, resolver, files);
}

} // namespace

Expected<QStringList> readDicomDirectory(const QString& dicomdirPath)
{
    ensureDcmtkReady();
    if (!QFileInfo(dicomdirPath).isFile()) {
        return Error{
            QCoreApplication::translate("DicomDirectory", "The DICOMDIR %1 does not exist.")
                .arg(QDir::toNativeSeparators(dicomdirPath))};
    }
    // DcmDicomDir only writes back when modified; we never modify it.
    DcmDicomDir directory(QFile::encodeName(dicomdirPath).constData());
    if (directory.error().bad()) {
        return Error{QCoreApplication::translate("DicomDirectory",
                                                 "The DICOMDIR cannot be read (%1); the files "
                                                 "next to it are imported by content instead.")
                         .arg(QString::fromLatin1(directory.error().text()))};
    }
    CaseInsensitiveResolver resolver(QFileInfo(dicomdirPath).absolutePath());
    QStringList files;
    collectReferences(directory.getRootRecord(), resolver, files);
    return files;
}

} // namespace kenshu
