// Cli_DeidentifyCommandTest: `kenshuctl deidentify IN OUT` makes de-identified copies of a file
// or a folder with the data folder's key, says what it did, warns about burned-in text, and
// fails with the reason and without output on bad input.
#include "KenshuctlRunner.h"
#include "PhiTestData.h"
#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
namespace testdata = kenshu::testdata;
using kenshu::testing::CtlRun;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class Cli_DeidentifyCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(path(u"home"_s)));
    }

    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    CtlRun deidentify(const QString& input, const QString& output,
                      const QString& dataDir = {}) const
    {
        return kenshu::testing::runKenshuctl(
            {u"--data-dir"_s, dataDir.isEmpty() ? path(u"data"_s) : dataDir, u"deidentify"_s, input,
             output},
            kenshu::testing::kenshuctlEnvironment(path(u"home"_s)));
    }

    static void expectNoPatientData(const QString& file)
    {
        const QByteArray bytes = contentOf(file);
        ASSERT_FALSE(bytes.isEmpty()) << file.toStdString();
        for (const QString& marker : testdata::phiMarkers())
            EXPECT_FALSE(bytes.contains(marker.toLatin1())) << marker.toStdString();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Cli_DeidentifyCommandTest, CopiesAFileWithTheDataFoldersKey)
{
    const testdata::DicomSpec spec = testdata::specWithNewUids();
    ASSERT_EQ(testdata::writeDicomWithPhi(path(u"in.dcm"_s), spec), QString());

    const CtlRun first = deidentify(path(u"in.dcm"_s), path(u"first.dcm"_s));
    ASSERT_EQ(first.exitCode, 0) << ::testing::PrintToString(first);
    EXPECT_TRUE(first.out.contains(path(u"first.dcm"_s))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(u"removed"_s)) << first.out.toStdString();
    EXPECT_TRUE(first.err.isEmpty()) << first.err.toStdString();
    expectNoPatientData(path(u"first.dcm"_s));
    EXPECT_TRUE(QFile::exists(path(u"data/deidentification.key"_s)));

    // The same key gives the same copy; another data folder's key gives other UIDs.
    ASSERT_EQ(deidentify(path(u"in.dcm"_s), path(u"second.dcm"_s)).exitCode, 0);
    EXPECT_TRUE(contentOf(path(u"second.dcm"_s)) == contentOf(path(u"first.dcm"_s)));
    ASSERT_EQ(deidentify(path(u"in.dcm"_s), path(u"other.dcm"_s), path(u"other-data"_s)).exitCode,
              0);
    EXPECT_FALSE(contentOf(path(u"other.dcm"_s)) == contentOf(path(u"first.dcm"_s)));
}

TEST_F(Cli_DeidentifyCommandTest, CopiesAFolderUnderNewNamesAndSkipsWhatIsNotAnImage)
{
    testdata::DicomSpec first = testdata::specWithNewUids();
    testdata::DicomSpec second = first;
    second.sopInstanceUid = testdata::newUid();
    ASSERT_EQ(testdata::writeDicomWithPhi(path(u"cd/YAMADA TARO/IM1"_s), first), QString());
    ASSERT_EQ(testdata::writeDicomWithPhi(path(u"cd/YAMADA TARO/IM2"_s), second), QString());
    QFile notes(path(u"cd/README.TXT"_s));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("Viewer for PHI-NAME^Taro\n");
    notes.close();

    const CtlRun result = deidentify(path(u"cd"_s), path(u"out"_s));
    ASSERT_EQ(result.exitCode, 0) << ::testing::PrintToString(result);
    EXPECT_TRUE(result.out.contains(u"README.TXT skipped: not DICOM"_s))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"2 file(s) de-identified"_s)) << result.out.toStdString();
    const QStringList copies = QDir(path(u"out"_s)).entryList(QDir::Files);
    ASSERT_EQ(copies.size(), 2) << copies.join(u", "_s).toStdString();
    for (const QString& copy : copies) {
        EXPECT_TRUE(copy.startsWith(u"2.25."_s) && copy.endsWith(u".dcm"_s)) << copy.toStdString();
        expectNoPatientData(QDir(path(u"out"_s)).filePath(copy));
    }
}

TEST_F(Cli_DeidentifyCommandTest, WarnsAboutBurnedInText)
{
    testdata::DicomSpec ultrasound = testdata::specWithNewUids();
    ultrasound.modality = u"US"_s;
    ultrasound.sopClassUid = u"1.2.840.10008.5.1.4.1.1.6.1"_s;
    ASSERT_EQ(testdata::writeDicom(path(u"us.dcm"_s), ultrasound), QString());
    const CtlRun result = deidentify(path(u"us.dcm"_s), path(u"out.dcm"_s));
    EXPECT_EQ(result.exitCode, 0) << ::testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(u"burned into the image"_s)) << result.err.toStdString();
}

TEST_F(Cli_DeidentifyCommandTest, BadInputFailsWithTheReasonAndWritesNothing)
{
    ASSERT_EQ(testdata::writeTruncatedDicom(path(u"truncated.dcm"_s), testdata::specWithNewUids()),
              QString());
    const CtlRun truncated = deidentify(path(u"truncated.dcm"_s), path(u"out.dcm"_s));
    EXPECT_EQ(truncated.exitCode, 1) << ::testing::PrintToString(truncated);
    EXPECT_TRUE(truncated.err.contains(u"truncated.dcm"_s)) << truncated.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(u"out.dcm"_s)));

    const CtlRun missing = deidentify(path(u"missing.dcm"_s), path(u"out.dcm"_s));
    EXPECT_EQ(missing.exitCode, 1) << ::testing::PrintToString(missing);
    EXPECT_FALSE(missing.err.isEmpty());

    ASSERT_TRUE(QDir().mkpath(path(u"empty"_s)));
    const CtlRun empty = deidentify(path(u"empty"_s), path(u"out"_s));
    EXPECT_EQ(empty.exitCode, 1) << ::testing::PrintToString(empty);
    EXPECT_TRUE(empty.err.contains(u"no DICOM files"_s)) << empty.err.toStdString();
}

TEST_F(Cli_DeidentifyCommandTest, NeverWritesOverTheOriginalOrIntoTheInputFolder)
{
    ASSERT_EQ(testdata::writeDicomWithPhi(path(u"in/a.dcm"_s), testdata::specWithNewUids()),
              QString());
    const QByteArray original = contentOf(path(u"in/a.dcm"_s));
    const CtlRun same = deidentify(path(u"in/a.dcm"_s), path(u"in/a.dcm"_s));
    EXPECT_EQ(same.exitCode, 1) << ::testing::PrintToString(same);
    const CtlRun inside = deidentify(path(u"in"_s), path(u"in/out"_s));
    EXPECT_EQ(inside.exitCode, 1) << ::testing::PrintToString(inside);
    EXPECT_TRUE(contentOf(path(u"in/a.dcm"_s)) == original);
    EXPECT_FALSE(QFile::exists(path(u"in/out"_s)));
}

TEST_F(Cli_DeidentifyCommandTest, NeedsInAndOut)
{
    const CtlRun result =
        kenshu::testing::runKenshuctl({u"deidentify"_s, path(u"in.dcm"_s)},
                                      kenshu::testing::kenshuctlEnvironment(path(u"home"_s)));
    EXPECT_EQ(result.exitCode, 2) << ::testing::PrintToString(result);
}
