// Test DICOM files full of patient data, for the de-identification tests.
#pragma once

#include "TestData.h"

#include <QString>
#include <QStringList>

namespace kenshu::testdata {

// A readable image (writeDicom) plus identifying data everywhere the Basic Profile must find it:
// - top level: names, IDs, birth date, address, institution, physicians, operators, station,
//   device serial, free-text comments, dates, a Frame of Reference UID;
// - in sequences the profile does not list, two levels deep (Related Series > Purpose of
//   Reference Code, Contributing Equipment): person, patient ID, institution, station;
// - a person name in Evaluator Name (0014,2006), which the profile's table does not list;
// - private attributes with their private creator, at the top level and inside a sequence;
// - when `referencedSopInstanceUid` is set, a Referenced Image Sequence pointing at it.
// Every identifying text contains "PHI-" (see phiMarkers()). Keeps the spec's transfer syntax.
QString writeDicomWithPhi(const QString& path, const DicomSpec& spec,
                          const QString& referencedSopInstanceUid = {});

// The identifying texts writeDicomWithPhi writes, to look for in a de-identified file.
QStringList phiMarkers();

// The Frame of Reference UID writeDicomWithPhi gives every file of a study.
QString phiFrameOfReferenceUid(const DicomSpec& spec);

} // namespace kenshu::testdata
