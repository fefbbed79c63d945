#pragma once

#include "Expected.h"

#include <QString>

class DcmFileFormat;

namespace kenshu {

// The transfer syntax a file is written in.
enum class DicomFileEncoding {
    ExplicitLittleEndian, // for files Kenshu creates
    AsRead,               // the one the dataset was read in: pixel data stays byte for byte
};

// Writes a Part-10 file with a new meta header so that `path` holds either the old file or the
// complete new one, never a partial file. Values left on disk when the file was read (large
// pixel data) are streamed from there, so a big series is never held in memory twice.
Status
saveDicomFileAtomically(DcmFileFormat& file, const QString& path,
                        DicomFileEncoding encoding = DicomFileEncoding::ExplicitLittleEndian);

} // namespace kenshu
