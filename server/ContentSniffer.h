#pragma once

#include <QByteArray>
#include <QString>

namespace kenshu::server {

// Bytes needed to recognise every accepted kind ("DICM" sits at offset 128).
inline constexpr int kSniffBytes = 132;

// "dicom" (DICM at 128), "pdf" (%PDF-) or "png" (the PNG signature) from a file's first bytes;
// empty for anything else, which the server refuses to store.
QString contentKind(const QByteArray& head);

} // namespace kenshu::server
