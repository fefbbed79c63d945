#pragma once

#include "DicomFrameDecoder.h"
#include "Expected.h"

#include <QImage>
#include <optional>

namespace kenshu {

// Window centre and width in modality units (after rescale), as in (0028,1050/1051).
// With `fileLut` set the file's VOI LUT is applied instead, and centre and width only
// approximate it (they are where a window/level drag starts from).
struct VoiWindow
{
    double center = 0;
    double width = 0;
    bool fileLut = false;
};

// The first VOI window in the file, else its first VOI LUT, else the min-max window of the
// frame: the same rules as DCMTK's `dcm2pnm +Wi 1` / `+Wl 1` / `+Wm`, so they agree pixel for
// pixel.
VoiWindow defaultWindow(const QByteArray& frame, const FrameFormat& format);
// DCMTK's min-max window: centre (min + max + 1) / 2, width max - min + 1.
VoiWindow minMaxWindow(const QByteArray& frame, const FrameFormat& format);

// Renders decoded stored values for display: modality LUT or rescale, VOI LUT or linear VOI
// window (PS3.3 C.11.2.1.2, as DCMTK computes it), MONOCHROME1 inversion, optional user
// inversion. Grey images come back as Format_Grayscale8, colour ones (RGB, YBR_FULL, PALETTE
// COLOR) as Format_RGB888 without windowing.
// Windowing goes through a lookup table, so a window/level change costs one pass over the
// pixels and never re-decodes.
Expected<QImage> renderFrame(const QByteArray& frame, const FrameFormat& format,
                             const VoiWindow& window, bool invert = false);

// Decodes frame `frame` (0-based) of a file and renders it as the viewer shows it by default,
// or with `window` when given.
Expected<QImage> renderFileFrame(const QString& path, int frame,
                                 const std::optional<VoiWindow>& window = std::nullopt);

} // namespace kenshu
