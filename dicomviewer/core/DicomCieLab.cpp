#include "DicomCieLab.h"

#include <algorithm>
#include <cmath>

namespace kenshu {
namespace {

double linearFromSrgb(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double labCurve(double t)
{
    constexpr double delta = 6.0 / 29.0;
    return t > delta * delta * delta ? std::cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
}

quint16 scaled(double value, double low, double high)
{
    const double unit = std::clamp((value - low) / (high - low), 0.0, 1.0);
    return quint16(std::lround(unit * 65535));
}

} // namespace

std::array<quint16, 3> dicomLabFromColor(const QColor& color)
{
    const QColor rgb = color.toRgb();
    const double r = linearFromSrgb(rgb.redF());
    const double g = linearFromSrgb(rgb.greenF());
    const double b = linearFromSrgb(rgb.blueF());
    // sRGB to XYZ adapted to D50 (Bradford), the ICC profile connection space DICOM uses. The
    // white point is the sum of each row, so that white has a* = b* = 0 exactly.
    const double x = 0.4360747 * r + 0.3850649 * g + 0.1430804 * b;
    const double y = 0.2225045 * r + 0.7168786 * g + 0.0606169 * b;
    const double z = 0.0139322 * r + 0.0971045 * g + 0.7141733 * b;
    const double fx = labCurve(x / (0.4360747 + 0.3850649 + 0.1430804));
    const double fy = labCurve(y / (0.2225045 + 0.7168786 + 0.0606169));
    const double fz = labCurve(z / (0.0139322 + 0.0971045 + 0.7141733));
    const double lightness = 116 * fy - 16;
    const double a = 500 * (fx - fy);
    const double bStar = 200 * (fy - fz);
    return {scaled(lightness, 0, 100), scaled(a, -128, 127), scaled(bStar, -128, 127)};
}

} // namespace kenshu
