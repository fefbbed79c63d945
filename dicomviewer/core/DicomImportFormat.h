#pragma once

#include "ImportFormat.h"

namespace kenshu {

// Reads DICOM Part 10 files (and bare datasets without a preamble) for import: UIDs, study
// and series descriptions, frame count, and checks that the pixel data is complete.
class DicomImportFormat final : public ImportFormat
{
public:
    DicomImportFormat();

    FileInspection inspect(const QString& path, const QByteArray& head) const override;
    Expected<QStringList> indexedFiles(const QString& indexPath) const override;
    QByteArray thumbnailPng(const QString& path, int maxSide) const override;

    // True when the first bytes look like DICOM (preamble + "DICM", or a bare dataset).
    static bool looksLikeDicom(const QByteArray& head);
};

} // namespace kenshu
