// Dicom_GspsWriterTest: the presentation state Kenshu writes passes DCMTK's dcmpschk, is read by
// dcmp2pgm with the drawings on their frame only, and keeps each drawing's colour, width and
// (Japanese) text.
#include "DicomCieLab.h"
#include "GspsWriter.h"
#include "QtPrinters.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <gtest/gtest.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

const QString kJapanese = u"LAD #7 90% 狭窄"_s;

struct ProcessResult
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

ProcessResult runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

AnnotationItem arrow(QPointF from, QPointF to, QColor color, double width)
{
    AnnotationItem item;
    item.kind = AnnotationItem::Kind::Arrow;
    item.from = from;
    item.to = to;
    item.color = color;
    item.width = width;
    return item;
}

AnnotationItem pen(QList<QPointF> points, QColor color, double width)
{
    AnnotationItem item;
    item.kind = AnnotationItem::Kind::Pen;
    item.points = std::move(points);
    item.color = color;
    item.width = width;
    return item;
}

AnnotationItem text(QPointF at, const QString& value, QColor color)
{
    AnnotationItem item;
    item.kind = AnnotationItem::Kind::Text;
    item.at = at;
    item.text = value;
    item.color = color;
    item.size = 10;
    return item;
}

AnnotationLayer layerOn(std::optional<int> frame, QList<AnnotationItem> items)
{
    AnnotationLayer layer;
    layer.target.frame = frame;
    layer.items = std::move(items);
    return layer;
}

std::vector<Float32> graphicData(DcmItem& object)
{
    const Float32* values = nullptr;
    unsigned long count = 0;
    if (object.findAndGetFloat32Array(DCM_GraphicData, values, &count).bad())
        return {};
    return std::vector<Float32>(values, values + count);
}

std::array<quint16, 3> labValue(DcmItem& item, const DcmTagKey& tag)
{
    std::array<quint16, 3> lab{};
    for (unsigned long i = 0; i < 3; ++i)
        item.findAndGetUint16(tag, lab[i], i);
    return lab;
}

QImage grey(const QString& path)
{
    return QImage(path).convertToFormat(QImage::Format_Grayscale8);
}

class Dicom_GspsWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_spec = testdata::specWithNewUids();
        m_spec.rows = 64;
        m_spec.columns = 96;
        m_spec.frames = 3;
        m_image = m_dir.filePath(u"xa.dcm"_s);
        m_pr = m_dir.filePath(u"xa_PR.dcm"_s);
        ASSERT_EQ(testdata::writeDicom(m_image, m_spec), QString());
    }

    // Arrow and Japanese text on frame 0, a pen stroke on frame 2, an arrow on every frame.
    QList<AnnotationLayer> sampleLayers() const
    {
        return {layerOn(0, {arrow({10.5, 50.5}, {80.5, 12.5}, QColor(255, 0, 0), 3),
                            text({4, 4}, kJapanese, QColor(0, 0, 255))}),
                layerOn(2, {pen({{60, 50}, {70, 55}, {80, 50}}, QColor(0, 255, 0), 2)}),
                layerOn(std::nullopt, {arrow({5.5, 60.5}, {30.5, 40.5}, QColor(255, 255, 0), 5)})};
    }

    void loadPr() { ASSERT_TRUE(m_file.loadFile(QFile::encodeName(m_pr).constData()).good()); }

    DcmItem* annotationFor(int dicomFrame)
    {
        DcmSequenceOfItems* annotations = nullptr;
        if (m_file.getDataset()
                ->findAndGetSequence(DCM_GraphicAnnotationSequence, annotations)
                .bad()) {
            return nullptr;
        }
        for (unsigned long i = 0; i < annotations->card(); ++i) {
            DcmItem* image = nullptr;
            annotations->getItem(i)->findAndGetSequenceItem(DCM_ReferencedImageSequence, image);
            Sint32 frame = 0;
            if (image)
                image->findAndGetSint32(DCM_ReferencedFrameNumber, frame);
            if (frame == dicomFrame)
                return annotations->getItem(i);
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    testdata::DicomSpec m_spec;
    QString m_image;
    QString m_pr;
    DcmFileFormat m_file;
};

} // namespace

TEST_F(Dicom_GspsWriterTest, PassesDcmpschk)
{
    QList<AnnotationLayer> layers = sampleLayers();
    layers[0].items[1].text = u"LAD #7 90% stenosis"_s;
    const Status written = writeGsps(m_image, layers, m_pr);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const ProcessResult check = runTool(u"dcmpschk"_s, {m_pr});
    EXPECT_EQ(check.exitCode, 0) << check.output.toStdString();
    EXPECT_FALSE(check.output.contains(u"Error"_s, Qt::CaseInsensitive))
        << check.output.toStdString();
    EXPECT_TRUE(check.output.contains(u"Testing: "_s + m_pr)) << check.output.toStdString();
}

// dcmpschk checks text against ISO 8859 whatever the Specific Character Set, so it rejects the
// UTF-8 bytes 0x80-0x9F that most Japanese characters contain; that must be its only objection.
TEST_F(Dicom_GspsWriterTest, DcmpschkObjectsOnlyToTheUtf8BytesOfJapaneseText)
{
    ASSERT_TRUE(writeGsps(m_image, sampleLayers(), m_pr).ok());
    const ProcessResult check = runTool(u"dcmpschk"_s, {m_pr});
    EXPECT_EQ(check.exitCode, 0) << check.output.toStdString();
    EXPECT_EQ(check.output.count(u"Error"_s), 1) << check.output.toStdString();
    EXPECT_TRUE(check.output.contains(
        u"Error: Attribute value does not conform to data type definition.\n"
        "E:    Affected attribute: UnformattedTextValue (0070,0006), Type ST\n"
        "E:    Attribute value   : ["_s +
        kJapanese + u"]"_s))
        << check.output.toStdString();
}

TEST_F(Dicom_GspsWriterTest, Dcmp2pgmShowsTheDrawingsOfTheFrameItPresents)
{
    ASSERT_TRUE(writeGsps(m_image, sampleLayers(), m_pr).ok());
    // dcmp2pgm dumps (-v) what the presentation state shows on frame 1: the frame-0 layer and
    // the whole-image arrow, not the pen stroke of frame 3.
    const QString withPr = m_dir.filePath(u"with.pgm"_s);
    const ProcessResult shown = runTool(u"dcmp2pgm"_s, {u"-v"_s, u"-p"_s, m_pr, m_image, withPr});
    ASSERT_EQ(shown.exitCode, 0) << shown.output.toStdString();
    EXPECT_TRUE(shown.output.contains(u"Graphic Layer #1 [KENSHU]"_s))
        << shown.output.toStdString();
    EXPECT_TRUE(shown.output.contains(u"Number of graphic objects: 2"_s))
        << shown.output.toStdString();
    EXPECT_TRUE(shown.output.contains(u"coordinates: 10.5\\50.5, 80.5\\12.5, "_s))
        << shown.output.toStdString();
    EXPECT_TRUE(shown.output.contains(u"coordinates: 5.5\\60.5, 30.5\\40.5, "_s))
        << shown.output.toStdString();
    EXPECT_FALSE(shown.output.contains(u"60\\50, 70\\55, 80\\50"_s)) << shown.output.toStdString();
    EXPECT_TRUE(shown.output.contains(u"text 1: \""_s + kJapanese + u'"'))
        << shown.output.toStdString();

    // The drawings are vector graphics, which dcmp2pgm does not burn in: the presentation
    // state leaves the frame's grey levels as the image alone renders them.
    const QString plain = m_dir.filePath(u"plain.pgm"_s);
    ASSERT_EQ(runTool(u"dcmp2pgm"_s, {m_image, plain}).exitCode, 0);
    ASSERT_FALSE(grey(plain).isNull());
    EXPECT_EQ(grey(withPr), grey(plain));
}

TEST_F(Dicom_GspsWriterTest, JapaneseTextIsWrittenAsUtf8)
{
    ASSERT_TRUE(writeGsps(m_image, sampleLayers(), m_pr).ok());
    ASSERT_NO_FATAL_FAILURE(loadPr());
    OFString charset;
    m_file.getDataset()->findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
    EXPECT_EQ(charset, OFString("ISO_IR 192"));
    DcmItem* annotation = annotationFor(1);
    ASSERT_NE(annotation, nullptr);
    DcmItem* textObject = nullptr;
    ASSERT_TRUE(annotation->findAndGetSequenceItem(DCM_TextObjectSequence, textObject).good());
    OFString value;
    textObject->findAndGetOFStringArray(DCM_UnformattedTextValue, value);
    EXPECT_EQ(QString::fromUtf8(value.c_str(), qsizetype(value.size())), kJapanese);
}

TEST_F(Dicom_GspsWriterTest, FrameLayersReferenceTheirFrameAndSeriesLayersTheImage)
{
    ASSERT_TRUE(writeGsps(m_image, sampleLayers(), m_pr).ok());
    ASSERT_NO_FATAL_FAILURE(loadPr());
    DcmSequenceOfItems* annotations = nullptr;
    ASSERT_TRUE(
        m_file.getDataset()->findAndGetSequence(DCM_GraphicAnnotationSequence, annotations).good());
    ASSERT_EQ(annotations->card(), 3u);
    std::vector<Sint32> frames;
    for (unsigned long i = 0; i < annotations->card(); ++i) {
        DcmItem* image = nullptr;
        ASSERT_TRUE(annotations->getItem(i)
                        ->findAndGetSequenceItem(DCM_ReferencedImageSequence, image)
                        .good());
        OFString sopInstance;
        image->findAndGetOFString(DCM_ReferencedSOPInstanceUID, sopInstance);
        EXPECT_EQ(QString::fromLatin1(sopInstance.c_str()), m_spec.sopInstanceUid);
        Sint32 frame = 0;
        image->findAndGetSint32(DCM_ReferencedFrameNumber, frame);
        frames.push_back(frame);
    }
    std::sort(frames.begin(), frames.end());
    EXPECT_EQ(frames, (std::vector<Sint32>{0, 1, 3}));
}

TEST_F(Dicom_GspsWriterTest, EachDrawingKeepsItsColourWidthAndShape)
{
    ASSERT_TRUE(writeGsps(m_image, sampleLayers(), m_pr).ok());
    ASSERT_NO_FATAL_FAILURE(loadPr());
    DcmItem* frameOne = annotationFor(1);
    DcmItem* frameThree = annotationFor(3);
    ASSERT_NE(frameOne, nullptr);
    ASSERT_NE(frameThree, nullptr);

    DcmItem* arrowObject = nullptr;
    ASSERT_TRUE(frameOne->findAndGetSequenceItem(DCM_GraphicObjectSequence, arrowObject).good());
    const std::vector<Float32> points = graphicData(*arrowObject);
    ASSERT_EQ(points.size(), 10u); // tail, tip, left barb, tip, right barb
    EXPECT_EQ(std::vector<Float32>(points.begin(), points.begin() + 4),
              (std::vector<Float32>{10.5f, 50.5f, 80.5f, 12.5f}));
    EXPECT_EQ(points[6], 80.5f);
    EXPECT_EQ(points[7], 12.5f);
    EXPECT_FALSE(arrowObject->tagExists(DCM_GraphicFilled)) << "only closed polylines have it";
    DcmItem* line = nullptr;
    ASSERT_TRUE(arrowObject->findAndGetSequenceItem(DCM_LineStyleSequence, line).good());
    EXPECT_EQ(labValue(*line, DCM_PatternOnColorCIELabValue), dicomLabFromColor(Qt::red));
    Float32 thickness = 0;
    line->findAndGetFloat32(DCM_LineThickness, thickness);
    EXPECT_EQ(thickness, 3.0f);

    DcmItem* penObject = nullptr;
    ASSERT_TRUE(frameThree->findAndGetSequenceItem(DCM_GraphicObjectSequence, penObject).good());
    EXPECT_EQ(graphicData(*penObject), (std::vector<Float32>{60, 50, 70, 55, 80, 50}));
    ASSERT_TRUE(penObject->findAndGetSequenceItem(DCM_LineStyleSequence, line).good());
    EXPECT_EQ(labValue(*line, DCM_PatternOnColorCIELabValue), dicomLabFromColor(Qt::green));
    line->findAndGetFloat32(DCM_LineThickness, thickness);
    EXPECT_EQ(thickness, 2.0f);

    DcmItem* textObject = nullptr;
    DcmItem* textStyle = nullptr;
    ASSERT_TRUE(frameOne->findAndGetSequenceItem(DCM_TextObjectSequence, textObject).good());
    ASSERT_TRUE(textObject->findAndGetSequenceItem(DCM_TextStyleSequence, textStyle).good());
    EXPECT_EQ(labValue(*textStyle, DCM_TextColorCIELabValue), dicomLabFromColor(Qt::blue));

    DcmItem* layer = nullptr;
    ASSERT_TRUE(
        m_file.getDataset()->findAndGetSequenceItem(DCM_GraphicLayerSequence, layer).good());
    EXPECT_EQ(labValue(*layer, DCM_GraphicLayerRecommendedDisplayCIELabValue),
              dicomLabFromColor(Qt::red));
}

TEST_F(Dicom_GspsWriterTest, RefusesWhatIsNoImageWithAMessageAndWritesNothing)
{
    const QString notDicom = m_dir.filePath(u"notes.txt"_s);
    QFile file(notDicom);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a DICOM file");
    file.close();
    for (const QString& path : {m_dir.filePath(u"missing.dcm"_s), notDicom}) {
        const Status written = writeGsps(path, sampleLayers(), m_pr);
        ASSERT_FALSE(written.ok());
        EXPECT_TRUE(written.error().message.contains(path))
            << written.error().message.toStdString();
    }
    EXPECT_FALSE(QFile::exists(m_pr));
}

TEST_F(Dicom_GspsWriterTest, RefusesAFrameTheImageDoesNotHave)
{
    const Status written = writeGsps(m_image, {layerOn(3, {text({4, 4}, u"x"_s, Qt::red)})}, m_pr);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(u"Frame 4"_s))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(m_pr));
}

TEST_F(Dicom_GspsWriterTest, ReplacesAnEarlierFile)
{
    ASSERT_TRUE(writeGsps(m_image, sampleLayers(), m_pr).ok());
    ASSERT_TRUE(writeGsps(m_image, {layerOn(1, {text({4, 4}, u"second"_s, Qt::red)})}, m_pr).ok());
    ASSERT_NO_FATAL_FAILURE(loadPr());
    EXPECT_NE(annotationFor(2), nullptr);
    EXPECT_EQ(annotationFor(1), nullptr);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 2)
        << "no temporary file is left behind";
}
