// Test-data generators for the Kenshu GoogleTest suites.
//
// Everything here GENERATES data on the fly (DICOM Part-10 files, DICOMDIR trees, PDFs); nothing
// is downloaded or shipped. All writers return an empty QString on success and a human-readable
// error text otherwise, so tests can write:
//
//     ASSERT_EQ(kenshu::testdata::writeDicom(path, spec), QString());
#pragma once

#include <QString>
#include <QStringList>

namespace kenshu::testdata {

struct DicomSpec
{
    QString patientName = QStringLiteral("Test^Patient");
    QString patientId = QStringLiteral("P001");
    QString studyInstanceUid;                                             // required
    QString seriesInstanceUid;                                            // required
    QString sopInstanceUid;                                               // required
    QString sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.12.1"); // XA
    QString modality = QStringLiteral("XA");
    QString studyDate = QStringLiteral("20260115"); // DA
    QString studyTime = QStringLiteral("101500");
    QString studyDescription = QStringLiteral("Coronary angiography");
    QString seriesDescription = QStringLiteral("LCA RAO 30");
    int seriesNumber = 1;
    int instanceNumber = 1;
    int rows = 64, columns = 64, frames = 1;
    int bitsAllocated = 8;            // 8 or 16 (16: BitsStored 12, HighBit 11)
    int samplesPerPixel = 1;          // 1 = MONOCHROME2, 3 = RGB (8 bit only)
    double frameTimeMs = 0;           // if > 0 write FrameTime (0018,1063) and CineRate
    bool explicitLittleEndian = true; // false -> implicit VR little endian
};

// Writes a valid Part-10 file with a deterministic gradient pattern in each frame (frame index
// changes the pattern, so frames differ; see expectedPixel()). Returns an empty string on
// success, else an error text.
//
// Besides the DicomSpec fields the file carries: SpecificCharacterSet "ISO_IR 192" (names are
// written as UTF-8), ImageType, StudyID "1", AccessionNumber, ReferringPhysicianName,
// PatientBirthDate, PatientSex "O", Manufacturer "Kenshu Test", ContentDate/Time (= study
// date/time), NumberOfFrames when frames > 1, PlanarConfiguration 0 for RGB, and with
// frameTimeMs > 0: FrameTime, CineRate (rounded 1000 / frameTimeMs) and, when frames > 1,
// FrameIncrementPointer -> FrameTime.
QString writeDicom(const QString& path, const DicomSpec& spec);

// Writes a valid file then cuts it so that the pixel data is shorter than
// Rows*Columns*frames*bytes (the file is truncated to ~60% of its size, but never before the
// start of the PixelData value, so the header always stays readable).
QString writeTruncatedDicom(const QString& path, const DicomSpec& spec);

// Valid header, but the PixelData element holds fewer bytes than declared by rows/cols/frames
// (about half of them; the element's value length is consistent; the file is not cut).
QString writeShortPixelDataDicom(const QString& path, const DicomSpec& spec);

// Creates <root>/DICOMDIR (General Purpose CD-R interchange, STD-GEN-CD) referencing the given
// files, which must lie under root with DICOM-conformant relative paths (upper case, <= 8 chars
// per component, e.g. "DICOM/PAT1/IM0001"). Uses DCMTK's DicomDirInterface as dcmmkdir does
// (the transfer-syntax check is relaxed so implicit-VR test files can be referenced too).
QString writeDicomDir(const QString& root, const QStringList& relativeFiles);

// A multi-page PDF made with QPdfWriter, each page with a line of text "Page N" (N from 1).
// Needs a QGuiApplication (tests run with QT_QPA_PLATFORM=offscreen).
QString writePdf(const QString& path, int pages);

// Generates a fresh, globally unique UID below DCMTK's SITE_INSTANCE_UID_ROOT.
QString newUid();
// A spec with fresh study, series and SOP instance UIDs (each call a new instance).
DicomSpec specWithNewUids(DicomSpec spec = {});

// Number of bytes the full pixel data of `spec` takes: rows * columns * frames * samples *
// (bitsAllocated / 8).
qint64 pixelDataBytes(const DicomSpec& spec);

// The stored value of sample `sample` (0 for monochrome, 0..2 for RGB) of pixel (row, column)
// in frame `frame`, as written by writeDicom(). With max = 255 (8 bit) or 4095 (16 bit):
//   g = (column * max / max(1, columns - 1) + row * max / max(1, rows - 1)) / 2   (integer math)
//   v = (g + frame * step) % (max + 1),  step = 37 (8 bit) or 592 (16 bit)
// Monochrome: v. RGB: R = v, G = 255 - v, B = (v + 128) % 256.
int expectedPixel(const DicomSpec& spec, int frame, int row, int column, int sample = 0);

} // namespace kenshu::testdata
