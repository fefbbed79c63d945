#include "DicomThumbnail.h"

#include "DicomFrameDecoder.h"
#include "FrameRendering.h"

#include <QBuffer>
#include <memory>

namespace kenshu {

QImage renderDicomThumbnail(const QString& path, int maxSide)
{
    // The same decode and display rule as the viewer, so the preview looks like what opens.
    Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(path);
    if (!decoder)
        return {};
    const int middle = (*decoder)->frameCount() / 2;
    const Expected<QByteArray> pixels = (*decoder)->decodeFrame(middle);
    if (!pixels)
        return {};
    const FrameFormat& format = (*decoder)->format();
    const Expected<QImage> image = renderFrame(*pixels, format, defaultWindow(*pixels, format));
    if (!image)
        return {};
    if (image->width() <= maxSide && image->height() <= maxSide)
        return *image;
    return image->scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QByteArray renderDicomThumbnailPng(const QString& path, int maxSide)
{
    const QImage image = renderDicomThumbnail(path, maxSide);
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace kenshu
