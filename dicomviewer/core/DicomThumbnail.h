#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace kenshu {

// A preview of the middle frame of a DICOM file, at most maxSide pixels on its longer side,
// with the file's first VOI window (else min-max), as the viewer shows it by default.
// Decodes only that frame. Returns a null image when the file has no displayable pixels.
QImage renderDicomThumbnail(const QString& path, int maxSide);
QByteArray renderDicomThumbnailPng(const QString& path, int maxSide);

} // namespace kenshu
