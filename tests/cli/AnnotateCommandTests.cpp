// Cli_AnnotateCommandTest: `kenshuctl annotate` burns the drawings into the frame the viewer
// shows (and changes nothing else), `kenshuctl gsps` writes a presentation state DCMTK accepts;
// both run without a display and refuse bad arguments with exit code 2.
#include "QtPrinters.h"
#include "TestData.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
namespace testdata = kenshu::testdata;

namespace {

const QPointF kTail(12.5, 52.5);
const QPointF kTip(82.5, 14.5);
constexpr double kWidth = 3;

double distanceToShaft(const QPointF& point)
{
    const QPointF shaft = kTip - kTail;
    const double t = std::clamp(
        QPointF::dotProduct(point - kTail, shaft) / QPointF::dotProduct(shaft, shaft), 0.0, 1.0);
    return QLineF(point, kTail + t * shaft).length();
}

class Cli_AnnotateCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        testdata::DicomSpec spec = testdata::specWithNewUids();
        spec.rows = 64;
        spec.columns = 96;
        spec.frames = 3;
        m_file = m_dir.filePath(u"xa.dcm"_s);
        ASSERT_EQ(testdata::writeDicom(m_file, spec), QString());
        m_annotations = m_dir.filePath(u"layer.json"_s);
        const QJsonObject arrow{{"kind"_L1, "arrow"_L1},
                                {"from"_L1, QJsonArray{kTail.x(), kTail.y()}},
                                {"to"_L1, QJsonArray{kTip.x(), kTip.y()}},
                                {"color"_L1, "#ff0000"_L1},
                                {"width"_L1, kWidth}};
        const QJsonObject layer{
            {"version"_L1, 1}, {"frame"_L1, 1}, {"items"_L1, QJsonArray{arrow}}};
        QFile json(m_annotations);
        ASSERT_TRUE(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(layer).toJson());
    }

    // Without QT_QPA_PLATFORM: kenshuctl must not need a display.
    int run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.insert(u"LC_ALL"_s, u"C"_s);
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        m_stdout = QString::fromUtf8(process.readAllStandardOutput());
        m_stderr = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    int kenshuctl(const QStringList& arguments)
    {
        return run(QStringLiteral(KENSHU_CTL_PATH), arguments);
    }

    QTemporaryDir m_dir;
    QString m_file;
    QString m_annotations;
    QString m_stdout;
    QString m_stderr;
};

} // namespace

TEST_F(Cli_AnnotateCommandTest, SnapshotDiffersFromThePlainFrameAlongTheArrowOnly)
{
    const QString snapshot = m_dir.filePath(u"snapshot.png"_s);
    const QString plain = m_dir.filePath(u"plain.png"_s);
    ASSERT_EQ(kenshuctl({u"annotate"_s, m_file, u"--frame"_s, u"1"_s, u"--annotations"_s,
                         m_annotations, u"--out"_s, snapshot}),
              0)
        << m_stderr.toStdString();
    ASSERT_EQ(kenshuctl({u"render"_s, m_file, u"--frame"_s, u"1"_s, u"--out"_s, plain}), 0)
        << m_stderr.toStdString();
    const QImage drawn = QImage(snapshot).convertToFormat(QImage::Format_RGB32);
    const QImage reference = QImage(plain).convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(drawn.size(), QSize(96, 64));
    ASSERT_EQ(reference.size(), drawn.size());

    for (double t = 0.1; t < 0.9; t += 0.1) {
        // The pixel holding a point of the shaft lies wholly inside the 3 px wide stroke.
        const QPointF point = kTail + t * (kTip - kTail);
        const QPoint onShaft(int(std::floor(point.x())), int(std::floor(point.y())));
        EXPECT_NE(drawn.pixel(onShaft), reference.pixel(onShaft))
            << onShaft.x() << "," << onShaft.y();
        EXPECT_EQ(drawn.pixel(onShaft), qRgb(255, 0, 0)) << onShaft.x() << "," << onShaft.y();
    }
    // The head is at most 14 px long: farther than that from the shaft, nothing changed.
    int compared = 0;
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x) {
            if (distanceToShaft(QPointF(x + 0.5, y + 0.5)) < 14 + kWidth + 2)
                continue;
            ++compared;
            ASSERT_EQ(drawn.pixel(x, y), reference.pixel(x, y)) << x << "," << y;
        }
    }
    EXPECT_GT(compared, 2000);
}

TEST_F(Cli_AnnotateCommandTest, SnapshotDefaultsToTheLayersFrame)
{
    const QString withDefault = m_dir.filePath(u"default.png"_s);
    const QString frameOne = m_dir.filePath(u"one.png"_s);
    ASSERT_EQ(kenshuctl({u"annotate"_s, m_file, u"--annotations"_s, m_annotations, u"--out"_s,
                         withDefault}),
              0)
        << m_stderr.toStdString();
    ASSERT_EQ(kenshuctl({u"annotate"_s, m_file, u"--frame"_s, u"1"_s, u"--annotations"_s,
                         m_annotations, u"--out"_s, frameOne}),
              0);
    EXPECT_EQ(QImage(withDefault), QImage(frameOne));
}

TEST_F(Cli_AnnotateCommandTest, GspsWritesAPresentationStateThatPassesDcmpschk)
{
    const QString pr = m_dir.filePath(u"xa_PR.dcm"_s);
    ASSERT_EQ(kenshuctl({u"gsps"_s, m_file, u"--annotations"_s, m_annotations, u"--out"_s, pr}), 0)
        << m_stderr.toStdString();
    EXPECT_TRUE(m_stdout.contains(pr)) << m_stdout.toStdString();
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(u"dcmpschk"_s, {pr});
    ASSERT_TRUE(check.waitForFinished(30000));
    const QString report = QString::fromUtf8(check.readAll());
    EXPECT_EQ(check.exitCode(), 0) << report.toStdString();
    EXPECT_FALSE(report.contains(u"Error"_s, Qt::CaseInsensitive)) << report.toStdString();
}

TEST_F(Cli_AnnotateCommandTest, BadArgumentsAreUsageErrors)
{
    const QString png = m_dir.filePath(u"x.png"_s);
    EXPECT_EQ(kenshuctl({u"annotate"_s, m_file, u"--out"_s, png}), 2);
    EXPECT_EQ(kenshuctl({u"annotate"_s, m_file, u"--annotations"_s, m_annotations, u"--out"_s,
                         m_dir.filePath(u"x.pgm"_s)}),
              2);
    EXPECT_EQ(kenshuctl({u"annotate"_s, m_file, u"--frame"_s, u"-1"_s, u"--annotations"_s,
                         m_annotations, u"--out"_s, png}),
              2);
    EXPECT_EQ(kenshuctl({u"gsps"_s, m_file, u"--annotations"_s, m_annotations}), 2);
    EXPECT_EQ(kenshuctl({u"gsps"_s, u"--annotations"_s, m_annotations, u"--out"_s, png}), 2);
}

TEST_F(Cli_AnnotateCommandTest, MissingFilesAreErrorsWithAMessage)
{
    const QString pr = m_dir.filePath(u"xa_PR.dcm"_s);
    const QString missing = m_dir.filePath(u"none.json"_s);
    EXPECT_EQ(kenshuctl({u"gsps"_s, m_file, u"--annotations"_s, missing, u"--out"_s, pr}), 1);
    EXPECT_TRUE(m_stderr.contains(missing)) << m_stderr.toStdString();
    const QString noImage = m_dir.filePath(u"none.dcm"_s);
    EXPECT_EQ(kenshuctl({u"gsps"_s, noImage, u"--annotations"_s, m_annotations, u"--out"_s, pr}),
              1);
    EXPECT_TRUE(m_stderr.contains(noImage)) << m_stderr.toStdString();
    EXPECT_EQ(kenshuctl({u"annotate"_s, noImage, u"--annotations"_s, m_annotations, u"--out"_s,
                         m_dir.filePath(u"x.png"_s)}),
              1);
    EXPECT_FALSE(m_stderr.trimmed().isEmpty());
    EXPECT_FALSE(QFile::exists(pr));
}
