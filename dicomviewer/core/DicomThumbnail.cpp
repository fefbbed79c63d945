#include "DicomThumbnail.h"

#include "DcmtkSetup.h"

#include <QBuffer>
#include <QFile>
#include <algorithm>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmimage/diregist.h>
#include <dcmtk/dcmimgle/dcmimage.h>
#include <memory>

namespace kenshu {

QImage renderDicomThumbnail(const QString& path, int maxSide)
{
    ensureDcmtkReady();
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(path).constData(), EXS_Unknown, EGL_noChange, 4096).bad())
        return {};
    DcmDataset* dataset = file.getDataset();
    Sint32 frames = 1;
    if (dataset->findAndGetSint32(DCM_NumberOfFrames, frames).bad() || frames < 1)
        frames = 1;
    const unsigned long middle = static_cast<unsigned long>(frames / 2);
    DicomImage image(&file, dataset->getOriginalXfer(), CIF_UsePartialAccessToPixelData, middle, 1);
    if (image.getStatus() != EIS_Normal)
        return {};
    if (image.isMonochrome()) {
        if (image.getWindowCount() > 0)
            image.setWindow(0);
        else
            image.setMinMaxWindow();
    }
    const unsigned long width = image.getWidth();
    const unsigned long height = image.getHeight();
    if (width == 0 || height == 0)
        return {};
    const double scale = std::min(1.0, double(maxSide) / double(std::max(width, height)));
    const auto scaledWidth = std::max(1UL, static_cast<unsigned long>(double(width) * scale));
    const auto scaledHeight = std::max(1UL, static_cast<unsigned long>(double(height) * scale));
    std::unique_ptr<DicomImage> scaled(image.createScaledImage(scaledWidth, scaledHeight, 1, 0));
    if (!scaled || scaled->getStatus() != EIS_Normal)
        return {};
    const void* pixels = scaled->getOutputData(8, 0, 0);
    if (!pixels)
        return {};
    const bool mono = scaled->isMonochrome();
    const int w = int(scaled->getWidth());
    const int h = int(scaled->getHeight());
    const QImage view(static_cast<const uchar*>(pixels), w, h, mono ? w : w * 3,
                      mono ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    return view.copy();
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
