#include "FrameRendering.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <vector>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// Stored values of a grey frame as integers: masked to Bits Stored and sign-extended.
class StoredValues
{
public:
    StoredValues(const QByteArray& frame, const FrameFormat& format)
        : m_data(reinterpret_cast<const uchar*>(frame.constData())),
          m_count(qsizetype(format.rows) * format.columns), m_wide(format.bitsAllocated > 8),
          m_bits(std::clamp(format.bitsStored, 1, m_wide ? 16 : 8)), m_signed(format.isSigned)
    {
    }

    qsizetype count() const { return m_count; }
    int minimum() const { return m_signed ? -(1 << (m_bits - 1)) : 0; }
    int maximum() const { return m_signed ? (1 << (m_bits - 1)) - 1 : (1 << m_bits) - 1; }

    int at(qsizetype i) const
    {
        unsigned value = 0;
        if (m_wide) {
            quint16 word = 0;
            std::memcpy(&word, m_data + 2 * i, 2);
            value = word;
        } else {
            value = m_data[i];
        }
        value &= (1u << m_bits) - 1u;
        if (m_signed && (value & (1u << (m_bits - 1))))
            return int(value) - (1 << m_bits);
        return int(value);
    }

private:
    const uchar* m_data;
    qsizetype m_count;
    bool m_wide;
    int m_bits;
    bool m_signed;
};

bool isGrey(const FrameFormat& format)
{
    return format.samplesPerPixel == 1;
}

// The modality transform: the Modality LUT when the file has one, else rescale.
double modalityValue(int stored, const FrameFormat& format)
{
    if (format.modalityLut)
        return format.modalityLut->at(stored);
    return stored * format.rescaleSlope + format.rescaleIntercept;
}

// A window that covers the input range of a VOI LUT, where a drag away from it starts.
VoiWindow windowCovering(const LookupTable& lut)
{
    const double width = lut.lastMapped() - lut.firstMapped() + 1;
    return VoiWindow{lut.firstMapped() + width / 2, width, true};
}

// Palette entries are scaled to 8 bits by dropping the low bits of the deepest table, as
// DCMTK's dcmimage does.
QImage renderPalette(const QByteArray& frame, const FrameFormat& format, const Palette& palette)
{
    const StoredValues values(frame, format);
    std::array<std::vector<uchar>, 3> tables;
    const std::array<const LookupTable*, 3> luts{&palette.red, &palette.green, &palette.blue};
    const int bits = std::max({palette.red.bits(), palette.green.bits(), palette.blue.bits()});
    const int shift = std::max(bits - 8, 0);
    for (size_t channel = 0; channel < 3; ++channel) {
        const LookupTable& lut = *luts[channel];
        tables[channel].resize(size_t(values.maximum() - values.minimum() + 1));
        for (int index = values.minimum(); index <= values.maximum(); ++index)
            tables[channel][size_t(index - values.minimum())] = uchar(lut.at(index) >> shift);
    }
    QImage image(format.columns, format.rows, QImage::Format_RGB888);
    for (int row = 0; row < format.rows; ++row) {
        uchar* line = image.scanLine(row);
        const qsizetype start = qsizetype(row) * format.columns;
        for (int column = 0; column < format.columns; ++column) {
            const size_t index = size_t(values.at(start + column) - values.minimum());
            line[3 * column] = tables[0][index];
            line[3 * column + 1] = tables[1][index];
            line[3 * column + 2] = tables[2][index];
        }
    }
    return image;
}

QImage renderColour(const QByteArray& frame, const FrameFormat& format)
{
    const int width = format.columns;
    const int height = format.rows;
    const qsizetype pixels = qsizetype(width) * height;
    const auto* data = reinterpret_cast<const uchar*>(frame.constData());
    const bool ybr = format.photometric.startsWith("YBR_FULL"_L1);
    QImage image(width, height, QImage::Format_RGB888);
    for (int row = 0; row < height; ++row) {
        uchar* line = image.scanLine(row);
        for (int column = 0; column < width; ++column) {
            const qsizetype i = qsizetype(row) * width + column;
            int a = 0;
            int b = 0;
            int c = 0;
            if (format.planar) {
                a = data[i];
                b = data[pixels + i];
                c = data[2 * pixels + i];
            } else {
                a = data[3 * i];
                b = data[3 * i + 1];
                c = data[3 * i + 2];
            }
            if (ybr) {
                // YBR_FULL to RGB exactly as DCMTK's dcmimage converts 8-bit data (its lookup
                // tables truncate each term), so that both show the same pixels.
                const int y = a;
                const int red = y + int(1.4020 * c - 0.7010 * 255);
                const int green = y - int(0.3441 * b) - int(0.7141 * c - 0.5291 * 255);
                const int blue = y + int(1.7720 * b - 0.8859 * 255);
                a = std::clamp(red, 0, 255);
                b = std::clamp(green, 0, 255);
                c = std::clamp(blue, 0, 255);
            }
            line[3 * column] = uchar(a);
            line[3 * column + 1] = uchar(b);
            line[3 * column + 2] = uchar(c);
        }
    }
    return image;
}

} // namespace

VoiWindow minMaxWindow(const QByteArray& frame, const FrameFormat& format)
{
    const StoredValues values(frame, format);
    if (values.count() == 0)
        return VoiWindow{0.5, 1};
    double min = std::numeric_limits<double>::max();
    double max = std::numeric_limits<double>::lowest();
    if (format.modalityLut) {
        // A modality LUT need not be monotonic: look at every mapped value.
        for (qsizetype i = 0; i < values.count(); ++i) {
            const double value = format.modalityLut->at(values.at(i));
            min = std::min(min, value);
            max = std::max(max, value);
        }
    } else {
        int low = std::numeric_limits<int>::max();
        int high = std::numeric_limits<int>::min();
        for (qsizetype i = 0; i < values.count(); ++i) {
            const int value = values.at(i);
            low = std::min(low, value);
            high = std::max(high, value);
        }
        min = modalityValue(low, format);
        max = modalityValue(high, format);
        if (min > max)
            std::swap(min, max);
    }
    return VoiWindow{(min + max + 1) / 2, max - min + 1};
}

VoiWindow defaultWindow(const QByteArray& frame, const FrameFormat& format)
{
    if (!format.windows.empty())
        return VoiWindow{format.windows.front().first, format.windows.front().second};
    if (format.voiLut)
        return windowCovering(*format.voiLut);
    return minMaxWindow(frame, format);
}

Expected<QImage> renderFrame(const QByteArray& frame, const FrameFormat& format,
                             const VoiWindow& window, bool invert)
{
    if (frame.size() < format.frameBytes() || format.rows <= 0 || format.columns <= 0)
        return Error{QCoreApplication::translate("FrameRendering", "The frame is incomplete.")};
    if (format.photometric == "PALETTE COLOR"_L1) {
        // Shown as grey indices it would look plausible and be wrong: say so instead.
        if (!format.palette || !isGrey(format)) {
            return Error{QCoreApplication::translate(
                "FrameRendering", "This palette colour image has no usable colour table "
                                  "(segmented palettes are not supported).")};
        }
        return renderPalette(frame, format, *format.palette);
    }
    if (!isGrey(format)) {
        if (format.samplesPerPixel != 3 || format.bitsAllocated != 8) {
            return Error{QCoreApplication::translate("FrameRendering",
                                                     "Colour images with %1 samples of %2 bits "
                                                     "cannot be shown.")
                             .arg(format.samplesPerPixel)
                             .arg(format.bitsAllocated)};
        }
        return renderColour(frame, format);
    }

    // One table entry per possible stored value (at most 65,536): DCMTK's "VOI LINEAR" rule,
    // y = offset + x * gradient truncated, with MONOCHROME1 (or the user) swapping black/white.
    const StoredValues values(frame, format);
    const bool inverted = (format.photometric == "MONOCHROME1"_L1) != invert;
    const double low = inverted ? 255 : 0;
    const double high = inverted ? 0 : 255;
    const double outrange = high - low;
    const double width1 = std::max(window.width, 1.0) - 1;
    const double leftBorder = window.center - 0.5 - width1 / 2;
    const double rightBorder = window.center - 0.5 + width1 / 2;
    const double offset =
        width1 == 0 ? 0 : high - ((window.center - 0.5) / width1 + 0.5) * outrange;
    const double gradient = width1 == 0 ? 0 : outrange / width1;
    const LookupTable* voiLut = window.fileLut ? format.voiLut.get() : nullptr;
    // DCMTK scales VOI LUT output by (high - low + 1) / 2^bits, also when inverted.
    const double lutGradient = voiLut ? (high - low + 1) / double(1u << voiLut->bits()) : 0;
    std::vector<uchar> table(size_t(values.maximum() - values.minimum() + 1));
    for (int stored = values.minimum(); stored <= values.maximum(); ++stored) {
        const double x = modalityValue(stored, format);
        double y = 0;
        if (voiLut)
            y = low + voiLut->at(int(x)) * lutGradient;
        else if (x <= leftBorder)
            y = low;
        else if (x > rightBorder)
            y = high;
        else
            y = offset + x * gradient;
        table[size_t(stored - values.minimum())] = uchar(std::clamp(int(y), 0, 255));
    }

    QImage image(format.columns, format.rows, QImage::Format_Grayscale8);
    const uchar* lut = table.data() - values.minimum();
    for (int row = 0; row < format.rows; ++row) {
        uchar* line = image.scanLine(row);
        const qsizetype start = qsizetype(row) * format.columns;
        for (int column = 0; column < format.columns; ++column)
            line[column] = lut[values.at(start + column)];
    }
    return image;
}

Expected<QImage> renderFileFrame(const QString& path, int frame,
                                 const std::optional<VoiWindow>& window)
{
    Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(path);
    if (!decoder)
        return decoder.error();
    Expected<QByteArray> pixels = (*decoder)->decodeFrame(frame);
    if (!pixels)
        return pixels.error();
    const FrameFormat& format = (*decoder)->format();
    return renderFrame(*pixels, format, window.value_or(defaultWindow(*pixels, format)));
}

} // namespace kenshu
