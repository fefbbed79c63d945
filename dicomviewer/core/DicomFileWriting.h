#pragma once

#include "Expected.h"

#include <QString>

class DcmFileFormat;

namespace kenshu {

// Writes a Part-10 file (explicit VR little endian, new meta header) so that `path` holds
// either the old file or the complete new one, never a partial file.
Status saveDicomFileAtomically(DcmFileFormat& file, const QString& path);

} // namespace kenshu
