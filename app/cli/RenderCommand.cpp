#include "CliCommands.h"
#include "FrameRendering.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>

namespace kenshu::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

std::optional<VoiWindow> parseWindow(const QString& text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return std::nullopt;
    bool centerOk = false;
    bool widthOk = false;
    const double center = parts[0].trimmed().toDouble(&centerOk);
    const double width = parts[1].trimmed().toDouble(&widthOk);
    if (!centerOk || !widthOk || width < 1)
        return std::nullopt;
    return VoiWindow{center, width};
}

} // namespace

int runRender(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl", "Renders one frame of a DICOM file exactly as the viewer shows it."));
    parser.addHelpOption();
    const QCommandLineOption frameOption(
        u"frame"_s, QCoreApplication::translate("kenshuctl", "Frame index, from 0."), u"N"_s,
        u"0"_s);
    const QCommandLineOption outOption(
        u"out"_s, QCoreApplication::translate("kenshuctl", "Output image: .png, .pgm or .ppm."),
        u"OUT"_s);
    const QCommandLineOption windowOption(
        u"window"_s,
        QCoreApplication::translate("kenshuctl",
                                    "Window centre and width (default: the file's first window, "
                                    "else its VOI LUT, else the frame's min-max)."),
        u"C,W"_s);
    parser.addOptions({frameOption, outOption, windowOption});
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("kenshuctl", "DICOM file."),
                                 u"FILE"_s);
    if (const std::optional<int> done = parseCommand(parser, u"render"_s, arguments, out, err))
        return *done;

    bool frameOk = false;
    const int frame = parser.value(frameOption).toInt(&frameOk);
    const QString output = parser.value(outOption);
    const QString suffix = QFileInfo(output).suffix().toLower();
    std::optional<VoiWindow> window;
    if (parser.isSet(windowOption))
        window = parseWindow(parser.value(windowOption));
    if (parser.positionalArguments().size() != 1 || !frameOk || frame < 0 || output.isEmpty() ||
        !(suffix == "png"_L1 || suffix == "pgm"_L1 || suffix == "ppm"_L1) ||
        (parser.isSet(windowOption) && !window)) {
        err << QCoreApplication::translate("kenshuctl",
                                           "Usage: kenshuctl render FILE --frame N --out "
                                           "OUT.png|pgm|ppm [--window C,W]")
            << u'\n';
        return UsageError;
    }

    Expected<QImage> image =
        renderFileFrame(parser.positionalArguments().constFirst(), frame, window);
    if (!image) {
        err << image.error().message << u'\n';
        return Failure;
    }
    QImage result = *image;
    if (suffix == "pgm"_L1 && result.format() != QImage::Format_Grayscale8) {
        err << QCoreApplication::translate("kenshuctl",
                                           "This is a colour image: write it as .ppm or .png.")
            << u'\n';
        return Failure;
    }
    if (suffix == "ppm"_L1)
        result = result.convertToFormat(QImage::Format_RGB888);
    QImageWriter writer(output, suffix.toLatin1());
    if (!writer.write(result)) {
        err << QCoreApplication::translate("kenshuctl", "Cannot write %1: %2")
                   .arg(output, writer.errorString())
            << u'\n';
        return Failure;
    }
    out << QCoreApplication::translate("kenshuctl", "Frame %1 (%2 x %3) written to %4.")
               .arg(frame)
               .arg(result.width())
               .arg(result.height())
               .arg(output)
        << u'\n';
    return Success;
}

} // namespace kenshu::cli
