#pragma once

#include "Expected.h"
#include "LibraryTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kenshu {

// What a DICOM file says about where it belongs (no patient-identifying data).
struct DicomInstanceMeta
{
    QString studyInstanceUid;
    QString studyDate;
    QString studyTime;
    QString studyDescription;
    QString seriesInstanceUid;
    QString modality;
    QString seriesDescription;
    int seriesNumber = 0;
    InstanceEntry instance; // sha256 and size are filled in when the file is stored
};

// The result of reading one file during import.
struct FileInspection
{
    enum class Kind {
        NotRecognised, // not this format's file
        Index,         // a directory file (DICOMDIR): read for references, not imported itself
        DicomInstance,
        PdfDocument,
        Rejected, // this format's file, but unusable (reason says why)
    };

    Kind kind = Kind::NotRecognised;
    QString reason;
    DicomInstanceMeta dicom;
    int pdfPages = 0;
};

// One file format the importer understands. Implementations live next to the library that
// reads the format (DCMTK in dicomviewer/core, Poppler in pdf/), so models/ links neither.
// Implementations must be safe to call from several threads at once.
class ImportFormat
{
public:
    virtual ~ImportFormat() = default;

    // `head` holds the first bytes of the file (up to 1 KiB) for a quick content check.
    virtual FileInspection inspect(const QString& path, const QByteArray& head) const = 0;

    // The absolute paths of the files an index file references (e.g. a DICOMDIR's records).
    virtual Expected<QStringList> indexedFiles(const QString& indexPath) const;

    // A small PNG preview of an imported file, or empty when the format has none.
    virtual QByteArray thumbnailPng(const QString& path, int maxSide) const;
};

} // namespace kenshu
