// Cli_RenderCommandTest: `kenshuctl render` writes the frame the viewer shows, which is what
// DCMTK's dcm2pnm makes of it, and refuses bad arguments with exit code 2.
#include "QtPrinters.h"
#include "TestData.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
namespace testdata = kenshu::testdata;

namespace {

class Cli_RenderCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        testdata::DicomSpec spec = testdata::specWithNewUids();
        spec.rows = 30;
        spec.columns = 44;
        spec.frames = 3;
        spec.bitsAllocated = 16;
        m_file = m_dir.filePath(u"xa.dcm"_s);
        ASSERT_EQ(testdata::writeDicom(m_file, spec), QString());
    }

    int run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment([] {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"LC_ALL"_s, u"C"_s);
            return environment;
        }());
        process.start(program, arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        m_stderr = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }

    int kenshuctl(const QStringList& arguments)
    {
        return run(QStringLiteral(KENSHU_CTL_PATH), QStringList{u"render"_s} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_file;
    QString m_stderr;
};

} // namespace

TEST_F(Cli_RenderCommandTest, WritesTheFrameAsDcm2pnmDoes)
{
    for (const QStringList& window : {QStringList{}, QStringList{u"--window"_s, u"1800,900"_s}}) {
        const QString ours = m_dir.filePath(u"ours.pgm"_s);
        const QString reference = m_dir.filePath(u"reference.pgm"_s);
        ASSERT_EQ(kenshuctl(QStringList{m_file, u"--frame"_s, u"2"_s, u"--out"_s, ours} + window),
                  0)
            << m_stderr.toStdString();
        const QStringList referenceWindow =
            window.isEmpty() ? QStringList{u"+Wm"_s} : QStringList{u"+Ww"_s, u"1800"_s, u"900"_s};
        ASSERT_EQ(run(u"dcm2pnm"_s, QStringList{u"+F"_s, u"3"_s} + referenceWindow +
                                        QStringList{m_file, reference}),
                  0)
            << m_stderr.toStdString();
        const QImage a(ours);
        const QImage b(reference);
        ASSERT_FALSE(a.isNull());
        ASSERT_EQ(a.size(), b.size());
        EXPECT_EQ(a.convertToFormat(QImage::Format_Grayscale8),
                  b.convertToFormat(QImage::Format_Grayscale8));
    }
}

TEST_F(Cli_RenderCommandTest, WritesPngAndPpm)
{
    for (const QString& name : {u"frame.png"_s, u"frame.ppm"_s}) {
        const QString out = m_dir.filePath(name);
        ASSERT_EQ(kenshuctl({m_file, u"--frame"_s, u"0"_s, u"--out"_s, out}), 0)
            << m_stderr.toStdString();
        const QImage image(out);
        EXPECT_EQ(image.size(), QSize(44, 30)) << name.toStdString();
    }
}

TEST_F(Cli_RenderCommandTest, BadArgumentsAreUsageErrors)
{
    const QString out = m_dir.filePath(u"x.png"_s);
    EXPECT_EQ(kenshuctl({m_file, u"--out"_s, m_dir.filePath(u"x.bmp"_s)}), 2);
    EXPECT_EQ(kenshuctl({m_file, u"--out"_s, out, u"--window"_s, u"40"_s}), 2);
    EXPECT_EQ(kenshuctl({m_file, u"--out"_s, out, u"--frame"_s, u"-1"_s}), 2);
    EXPECT_EQ(kenshuctl({u"--out"_s, out}), 2);
}

TEST_F(Cli_RenderCommandTest, MissingFrameOrFileIsAnErrorWithAMessage)
{
    const QString out = m_dir.filePath(u"x.png"_s);
    EXPECT_EQ(kenshuctl({m_file, u"--frame"_s, u"3"_s, u"--out"_s, out}), 1);
    EXPECT_TRUE(m_stderr.contains(u"Frame 4"_s)) << m_stderr.toStdString();
    EXPECT_EQ(kenshuctl({m_dir.filePath(u"none.dcm"_s), u"--out"_s, out}), 1);
    EXPECT_FALSE(m_stderr.trimmed().isEmpty());
}
