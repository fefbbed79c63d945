#pragma once

#include <QColor>
#include <array>

namespace kenshu {

// An sRGB colour as DICOM encodes CIELab values (PS3.3 C.10.7.1.1, ICC PCS: D50 white, L* 0..100
// and a*, b* -128..127 scaled to 0..65535), as in Recommended Display CIELab Value and the
// colours of line and text styles.
std::array<quint16, 3> dicomLabFromColor(const QColor& color);

} // namespace kenshu
