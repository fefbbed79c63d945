// `kenshuctl annotate` (a snapshot PNG with the drawings burned in) and `kenshuctl gsps` (the
// drawings as a DICOM presentation state), both from a drawing layer in JSON.
#include "AnnotationPainter.h"
#include "CliCommands.h"
#include "FrameRendering.h"
#include "GspsWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <optional>
#include <utility>

namespace kenshu::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

QCommandLineOption annotationsOption()
{
    return QCommandLineOption(
        u"annotations"_s,
        QCoreApplication::translate("kenshuctl", "Drawing layer (JSON) to apply."), u"A.json"_s);
}

QCommandLineOption outOption(const QString& description)
{
    return QCommandLineOption(u"out"_s, description, u"OUT"_s);
}

int usageError(QTextStream& err, const QString& usage)
{
    err << usage << u'\n';
    return UsageError;
}

// The layer, or nothing after printing why it cannot be read.
std::optional<AnnotationLayer> readLayer(const QString& path, QTextStream& err)
{
    Expected<AnnotationLayer> layer = annotationLayerFromFile(path);
    if (layer)
        return std::move(*layer);
    err << layer.error().message << u'\n';
    return std::nullopt;
}

} // namespace

int runAnnotate(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl", "Renders one frame with its drawings burned in, at image resolution."));
    parser.addHelpOption();
    const QCommandLineOption frameOption(
        u"frame"_s,
        QCoreApplication::translate("kenshuctl",
                                    "Frame index, from 0 (default: the layer's frame, else 0)."),
        u"N"_s);
    const QCommandLineOption annotations = annotationsOption();
    const QCommandLineOption output =
        outOption(QCoreApplication::translate("kenshuctl", "Output image (.png)."));
    parser.addOptions({frameOption, annotations, output});
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("kenshuctl", "DICOM file."),
                                 u"FILE"_s);
    if (const std::optional<int> done = parseCommand(parser, u"annotate"_s, arguments, out, err))
        return *done;

    bool frameOk = true;
    const int frameArgument =
        parser.isSet(frameOption) ? parser.value(frameOption).toInt(&frameOk) : 0;
    const QString outPath = parser.value(output);
    if (parser.positionalArguments().size() != 1 || !frameOk || frameArgument < 0 ||
        !parser.isSet(annotations) || QFileInfo(outPath).suffix().toLower() != "png"_L1) {
        return usageError(
            err, QCoreApplication::translate("kenshuctl", "Usage: kenshuctl annotate FILE [--frame "
                                                          "N] --annotations A.json --out OUT.png"));
    }

    const std::optional<AnnotationLayer> layer = readLayer(parser.value(annotations), err);
    if (!layer)
        return Failure;
    const int frame = parser.isSet(frameOption) ? frameArgument : layer->target.frame.value_or(0);
    const Expected<QImage> image =
        renderFileFrame(parser.positionalArguments().constFirst(), frame);
    if (!image) {
        err << image.error().message << u'\n';
        return Failure;
    }
    const QImage snapshot = renderSnapshot(*image, layer->items);
    QImageWriter writer(outPath, "png");
    if (!writer.write(snapshot)) {
        err << QCoreApplication::translate("kenshuctl", "Cannot write %1: %2")
                   .arg(outPath, writer.errorString())
            << u'\n';
        return Failure;
    }
    out << QCoreApplication::translate("kenshuctl", "Frame %1 with %2 drawings written to %3.")
               .arg(frame)
               .arg(layer->items.size())
               .arg(outPath)
        << u'\n';
    return Success;
}

int runGsps(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl", "Writes the drawings as a DICOM Grayscale Softcopy Presentation State that "
                     "references the image; a layer with a frame applies to that frame only."));
    parser.addHelpOption();
    const QCommandLineOption annotations = annotationsOption();
    const QCommandLineOption output =
        outOption(QCoreApplication::translate("kenshuctl", "Output presentation state file."));
    parser.addOptions({annotations, output});
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("kenshuctl", "DICOM file."),
                                 u"FILE"_s);
    if (const std::optional<int> done = parseCommand(parser, u"gsps"_s, arguments, out, err))
        return *done;
    const QString outPath = parser.value(output);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(annotations) ||
        outPath.isEmpty()) {
        return usageError(
            err,
            QCoreApplication::translate(
                "kenshuctl", "Usage: kenshuctl gsps FILE --annotations A.json --out OUT_PR.dcm"));
    }

    const std::optional<AnnotationLayer> layer = readLayer(parser.value(annotations), err);
    if (!layer)
        return Failure;
    const Status written = writeGsps(parser.positionalArguments().constFirst(), {*layer}, outPath);
    if (!written) {
        err << written.error().message << u'\n';
        return Failure;
    }
    out << QCoreApplication::translate("kenshuctl", "Presentation state written to %1.")
               .arg(outPath)
        << u'\n';
    return Success;
}

} // namespace kenshu::cli
