#include "PhiTestData.h"

#include <QFile>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvrlo.h>

namespace kenshu::testdata {
namespace {

struct TextValue
{
    DcmTagKey tag;
    const char* value;
};

// Top-level attributes of the Basic Profile's table, with identifying values.
const TextValue kTopLevel[] = {
    {DCM_PatientName, "PHI-NAME^Taro"},
    {DCM_PatientID, "PHI-ID-0001"},
    {DCM_PatientBirthDate, "19450817"},
    {DCM_PatientAddress, "PHI-ADDRESS 1-2-3 Chiyoda"},
    {DCM_PatientAge, "080Y"},
    {DCM_OtherPatientNames, "PHI-OTHER-NAME"},
    {DCM_AdditionalPatientHistory, "PHI-HISTORY"},
    {DCM_PatientComments, "PHI-PATIENT-COMMENT"},
    {DCM_AccessionNumber, "PHI-ACC-77"},
    {DCM_StudyID, "PHI-STUDY-9"},
    {DCM_InstitutionName, "PHI-INSTITUTION Hospital"},
    {DCM_InstitutionAddress, "PHI-INSTITUTION-ADDRESS"},
    {DCM_InstitutionalDepartmentName, "PHI-DEPARTMENT"},
    {DCM_ReferringPhysicianName, "PHI-REFERRING^Suzuki"},
    {DCM_PerformingPhysicianName, "PHI-PERFORMING^Sato"},
    {DCM_NameOfPhysiciansReadingStudy, "PHI-READING^Ito"},
    {DCM_OperatorsName, "PHI-OPERATOR^Kato"},
    {DCM_StationName, "PHI-STATION"},
    {DCM_DeviceSerialNumber, "PHI-SERIAL-1"},
    {DCM_ImageComments, "PHI-IMAGE-COMMENT said her name"},
    {DCM_RETIRED_StudyComments, "PHI-STUDY-COMMENT"},
    {DCM_AcquisitionDate, "20260114"},
    {DCM_SeriesDate, "20260114"},
    {DCM_EvaluatorName, "PHI-EVALUATOR^Mori"},
};

const char* const kPrivateCreator = "KENSHU PHI TEST";

OFCondition putPrivate(DcmItem& item, Uint16 group, const char* value)
{
    OFCondition status = item.putAndInsertString(DcmTag(group, 0x0010, EVR_LO), kPrivateCreator);
    if (status.good()) {
        DcmTag tag(group, 0x1010, EVR_LO);
        tag.setPrivateCreator(kPrivateCreator);
        auto* element = new DcmLongString(tag);
        element->putString(value);
        status = item.insert(element, true);
    }
    return status;
}

OFCondition addNestedPhi(DcmDataset& dataset, const DicomSpec& spec)
{
    // Related Series Sequence > Purpose of Reference Code Sequence: two levels down.
    DcmItem* series = nullptr;
    OFCondition status = dataset.findOrCreateSequenceItem(DCM_RelatedSeriesSequence, series, -2);
    if (status.good())
        status = series->putAndInsertString(DCM_StudyInstanceUID,
                                            spec.studyInstanceUid.toLatin1().constData());
    if (status.good())
        status = series->putAndInsertString(DCM_SeriesInstanceUID,
                                            spec.seriesInstanceUid.toLatin1().constData());
    DcmItem* purpose = nullptr;
    if (status.good())
        status = series->findOrCreateSequenceItem(DCM_PurposeOfReferenceCodeSequence, purpose, -2);
    if (status.good()) {
        purpose->putAndInsertString(DCM_CodeValue, "121311");
        purpose->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
        purpose->putAndInsertString(DCM_CodeMeaning, "Localizer");
        purpose->putAndInsertString(DCM_PersonName, "PHI-NESTED-PERSON^Deep");
        purpose->putAndInsertString(DCM_PatientID, "PHI-NESTED-ID");
        purpose->putAndInsertString(DCM_InstitutionName, "PHI-NESTED-INSTITUTION");
        status = putPrivate(*purpose, 0x0031, "PHI-NESTED-PRIVATE");
    }
    // Contributing Equipment Sequence: where a modality records who and where.
    DcmItem* equipment = nullptr;
    if (status.good())
        status = dataset.findOrCreateSequenceItem(DCM_ContributingEquipmentSequence, equipment, -2);
    if (status.good()) {
        equipment->putAndInsertString(DCM_Manufacturer, "Kenshu Test");
        equipment->putAndInsertString(DCM_InstitutionName, "PHI-EQUIPMENT-INSTITUTION");
        equipment->putAndInsertString(DCM_StationName, "PHI-EQUIPMENT-STATION");
        status = equipment->putAndInsertString(DCM_OperatorsName, "PHI-EQUIPMENT-OPERATOR");
    }
    return status;
}

OFCondition addPrivatePhi(DcmDataset& dataset)
{
    OFCondition status = putPrivate(dataset, 0x0029, "PHI-PRIVATE-TOP");
    // A private sequence whose item holds a standard attribute.
    if (status.good()) {
        DcmTag tag(0x0029, 0x1020, EVR_SQ);
        tag.setPrivateCreator(kPrivateCreator);
        auto* sequence = new DcmSequenceOfItems(tag);
        auto* item = new DcmItem();
        item->putAndInsertString(DCM_PatientName, "PHI-PRIVATE-SEQUENCE^Name");
        sequence->append(item);
        status = dataset.insert(sequence, true);
    }
    return status;
}

} // namespace

QString phiFrameOfReferenceUid(const DicomSpec& spec)
{
    return spec.studyInstanceUid + QStringLiteral(".77");
}

QStringList phiMarkers()
{
    QStringList markers;
    for (const TextValue& value : kTopLevel) {
        const QString text = QString::fromLatin1(value.value);
        if (text.startsWith(QStringLiteral("PHI-")))
            markers.append(text.section(u' ', 0, 0).section(u'^', 0, 0));
    }
    markers << QStringLiteral("PHI-NESTED-PERSON") << QStringLiteral("PHI-NESTED-ID")
            << QStringLiteral("PHI-NESTED-INSTITUTION") << QStringLiteral("PHI-NESTED-PRIVATE")
            << QStringLiteral("PHI-EQUIPMENT-INSTITUTION")
            << QStringLiteral("PHI-EQUIPMENT-STATION") << QStringLiteral("PHI-EQUIPMENT-OPERATOR")
            << QStringLiteral("PHI-PRIVATE-TOP") << QStringLiteral("PHI-PRIVATE-SEQUENCE")
            << QString::fromLatin1(kPrivateCreator);
    return markers;
}

QString writeDicomWithPhi(const QString& path, const DicomSpec& spec,
                          const QString& referencedSopInstanceUid)
{
    if (QString error = writeDicom(path, spec); !error.isEmpty())
        return error;
    DcmFileFormat file;
    const QByteArray encodedPath = QFile::encodeName(path);
    OFCondition status = file.loadFile(encodedPath.constData());
    // The file is rewritten in place: nothing may stay behind to be read from it later.
    if (status.good())
        status = file.loadAllDataIntoMemory();
    if (status.bad())
        return QStringLiteral("cannot reread %1: %2").arg(path, QString::fromLatin1(status.text()));
    DcmDataset& dataset = *file.getDataset();
    for (const TextValue& value : kTopLevel) {
        if (status.good())
            status = dataset.putAndInsertString(value.tag, value.value);
    }
    if (status.good())
        status = dataset.putAndInsertString(DCM_FrameOfReferenceUID,
                                            phiFrameOfReferenceUid(spec).toLatin1().constData());
    if (status.good() && !referencedSopInstanceUid.isEmpty()) {
        DcmItem* reference = nullptr;
        status = dataset.findOrCreateSequenceItem(DCM_ReferencedImageSequence, reference, -2);
        if (status.good())
            status = reference->putAndInsertString(DCM_ReferencedSOPClassUID,
                                                   spec.sopClassUid.toLatin1().constData());
        if (status.good())
            status = reference->putAndInsertString(DCM_ReferencedSOPInstanceUID,
                                                   referencedSopInstanceUid.toLatin1().constData());
    }
    if (status.good())
        status = addNestedPhi(dataset, spec);
    if (status.good())
        status = addPrivatePhi(dataset);
    if (status.bad())
        return QStringLiteral("cannot add patient data: %1")
            .arg(QString::fromLatin1(status.text()));
    status = file.saveFile(encodedPath.constData(), dataset.getOriginalXfer());
    if (status.bad())
        return QStringLiteral("cannot write %1: %2").arg(path, QString::fromLatin1(status.text()));
    return {};
}

} // namespace kenshu::testdata
