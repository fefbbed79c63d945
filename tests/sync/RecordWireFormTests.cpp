// Sync_RecordWireFormTest: a study goes to the server with remapped UIDs, without dates and
// descriptions and with the de-identified files' hashes; comments and annotation layers with the
// UIDs they point at remapped (a layer named from its UIDs renamed); what comes back is the local
// record again, exactly; another member's study is stored as it came, and its UIDs go back as they
// are.
#include "AnnotationLayerId.h"
#include "LibraryTypes.h"
#include "QtPrinters.h"
#include "RecordWireForm.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using kenshu::deid::UidRemapper;
using kenshu::sync::recordFromWire;
using kenshu::sync::recordToWire;
using kenshu::sync::WireUids;

namespace {

const QByteArray kSecret(32, 'w');

QString hashOf(char digit)
{
    return QString(64, QChar::fromLatin1(digit));
}

StudyEntry originalStudy()
{
    StudyEntry study;
    study.id = QUuid::createUuid();
    study.caseId = QUuid::createUuid();
    study.studyInstanceUid = u"1.2.392.200036.9116.2.5.1.7"_s;
    study.studyDate = u"20260115"_s;
    study.studyTime = u"101500"_s;
    study.description = u"Coronary angiography of Yamada Taro"_s;
    for (int s = 1; s <= 2; ++s) {
        SeriesEntry series;
        series.seriesInstanceUid = u"1.2.392.200036.9116.2.5.1.7.%1"_s.arg(s);
        series.modality = u"XA"_s;
        series.description = u"LCA RAO 30 by Dr Suzuki"_s;
        series.seriesNumber = s;
        for (int i = 1; i <= 2; ++i) {
            InstanceEntry instance;
            instance.sopInstanceUid = series.seriesInstanceUid + u".%1"_s.arg(i);
            instance.sopClassUid = u"1.2.840.10008.5.1.4.1.1.12.1"_s;
            instance.transferSyntaxUid = u"1.2.840.10008.1.2.1"_s;
            instance.instanceNumber = i;
            instance.frames = 30;
            instance.rows = 512;
            instance.columns = 512;
            instance.sha256 = hashOf(char('0' + s * 2 + i));
            instance.size = 1000 * s + i;
            series.instances.append(instance);
        }
        study.series.append(series);
    }
    return study;
}

Record studyRecord(const StudyEntry& study)
{
    Record record;
    record.id = study.id;
    record.type = RecordType::Study;
    record.parentId = study.caseId;
    record.updatedAt = QDateTime::currentDateTimeUtc();
    record.updatedBy = u"r1"_s;
    record.data = studyToJson(study);
    return record;
}

// Every instance's de-identified copy: another hash and size.
OutgoingBlobs outgoingFor(const StudyEntry& study)
{
    OutgoingBlobs outgoing;
    for (const SeriesEntry& series : study.series) {
        for (const InstanceEntry& instance : series.instances) {
            const QByteArray copy =
                QCryptographicHash::hash(instance.sha256.toLatin1(), QCryptographicHash::Sha256);
            outgoing.insert(instance.sha256,
                            {QString::fromLatin1(copy.toHex()), instance.size + 7});
        }
    }
    return outgoing;
}

QByteArray textOf(const Record& record)
{
    return QJsonDocument(record.data).toJson(QJsonDocument::Compact);
}

class Sync_RecordWireFormTest : public ::testing::Test
{
protected:
    StudyEntry m_study = originalStudy();
    Record m_record = studyRecord(m_study);
    WireUids m_uids{UidRemapper(kSecret), {m_record}};
    UidRemapper m_remapper{kSecret};
};

} // namespace

TEST_F(Sync_RecordWireFormTest, AStudyGoesWithRemappedUidsNoDatesOrDescriptionsAndTheCopiesHashes)
{
    const OutgoingBlobs outgoing = outgoingFor(m_study);
    const Expected<Record> wire = recordToWire(m_record, m_uids, outgoing);
    ASSERT_TRUE(wire) << wire.error().message.toStdString();
    const QByteArray text = textOf(*wire);
    for (const QString& secret :
         {u"1.2.392.200036"_s, u"20260115"_s, u"101500"_s, u"Yamada"_s, u"Suzuki"_s})
        EXPECT_FALSE(text.contains(secret.toUtf8())) << secret.toStdString() << ": " << text.data();
    for (const SeriesEntry& series : m_study.series) {
        for (const InstanceEntry& instance : series.instances)
            EXPECT_FALSE(text.contains(instance.sha256.toLatin1())) << "an original file's hash";
    }

    const StudyEntry sent = studyFromJson(wire->id, wire->parentId, wire->data);
    EXPECT_TRUE(sent.deidentified);
    EXPECT_EQ(sent.studyInstanceUid, m_remapper.remap(m_study.studyInstanceUid))
        << "the UID the Deidentifier writes into the files";
    ASSERT_EQ(sent.series.size(), 2);
    const SeriesEntry& series = sent.series[1];
    EXPECT_EQ(series.seriesInstanceUid, m_remapper.remap(m_study.series[1].seriesInstanceUid));
    EXPECT_EQ(series.modality, u"XA"_s);
    EXPECT_EQ(series.seriesNumber, 2);
    EXPECT_TRUE(series.description.isEmpty());
    ASSERT_EQ(series.instances.size(), 2);
    const InstanceEntry& original = m_study.series[1].instances[0];
    const InstanceEntry& instance = series.instances[0];
    EXPECT_EQ(instance.sopInstanceUid, m_remapper.remap(original.sopInstanceUid));
    EXPECT_EQ(instance.sha256, outgoing.value(original.sha256).sha256);
    EXPECT_EQ(instance.size, outgoing.value(original.sha256).size);
    EXPECT_EQ(instance.frames, 30);
    EXPECT_EQ(instance.rows, 512);
    EXPECT_EQ(instance.sopClassUid, original.sopClassUid);
    EXPECT_EQ(wire->id, m_record.id);
    EXPECT_EQ(wire->parentId, m_record.parentId);
}

TEST_F(Sync_RecordWireFormTest, FieldsAddedLaterToAStudyDoNotGoToTheServer)
{
    m_record.data.insert(u"referringPhysician"_s, u"Dr Suzuki"_s);
    QJsonArray series = m_record.data.value(u"series"_s).toArray();
    QJsonObject first = series[0].toObject();
    first.insert(u"operatorName"_s, u"Tanaka"_s);
    series[0] = first;
    m_record.data.insert(u"series"_s, series);
    const Expected<Record> wire = recordToWire(m_record, m_uids, outgoingFor(m_study));
    ASSERT_TRUE(wire);
    EXPECT_FALSE(textOf(*wire).contains("Suzuki"));
    EXPECT_FALSE(textOf(*wire).contains("Tanaka"));
    EXPECT_EQ(recordFromWire(*wire, m_uids, m_record).data, m_record.data)
        << "kept here all the same";
}

TEST_F(Sync_RecordWireFormTest, AStudyWhoseFilesAreNotDeidentifiedYetCannotGo)
{
    OutgoingBlobs outgoing = outgoingFor(m_study);
    outgoing.remove(m_study.series[0].instances[1].sha256);
    EXPECT_FALSE(recordToWire(m_record, m_uids, outgoing));
}

TEST_F(Sync_RecordWireFormTest, TheStudyComingBackIsTheLocalRecordExactly)
{
    const Expected<Record> wire = recordToWire(m_record, m_uids, outgoingFor(m_study));
    ASSERT_TRUE(wire);
    Record stored = *wire;
    stored.rev = 3;
    stored.updatedBy = u"r1"_s;
    const Record back = recordFromWire(stored, m_uids, m_record);
    EXPECT_EQ(back.data, m_record.data) << textOf(back).data();
    EXPECT_EQ(back.rev, 3);
    EXPECT_EQ(back.id, m_record.id);

    // Pulled into a library that knows the study from its other records only (the reverse map).
    Record withoutSeries = m_record;
    withoutSeries.data.insert(u"series"_s, QJsonArray());
    const Record merged = recordFromWire(stored, m_uids, withoutSeries);
    const StudyEntry study = studyFromJson(merged.id, merged.parentId, merged.data);
    ASSERT_EQ(study.series.size(), 2);
    EXPECT_EQ(study.series[0].seriesInstanceUid, m_study.series[0].seriesInstanceUid);
    EXPECT_EQ(study.series[0].instances[0].sopInstanceUid,
              m_study.series[0].instances[0].sopInstanceUid);
    EXPECT_EQ(study.studyDate, m_study.studyDate) << "what only this library has is kept";
    EXPECT_EQ(study.series[0].instances[0].sha256,
              outgoingFor(m_study).value(m_study.series[0].instances[0].sha256).sha256)
        << "no original file for it here: the server's";
}

TEST_F(Sync_RecordWireFormTest, AStudyDeletedHereGoesWithoutItsSeriesAndComesBackAsItWas)
{
    m_record.deleted = true;
    const Expected<Record> wire = recordToWire(m_record, m_uids, {});
    ASSERT_TRUE(wire);
    EXPECT_FALSE(textOf(*wire).contains("1.2.392.200036"));
    EXPECT_EQ(recordFromWire(*wire, m_uids, m_record).data, m_record.data);
}

TEST_F(Sync_RecordWireFormTest, AnotherMembersStudyIsStoredAsItCameAndGoesBackAsItIs)
{
    const Expected<Record> wire = recordToWire(m_record, m_uids, outgoingFor(m_study));
    ASSERT_TRUE(wire);
    // The supervisor's library: another site secret, no original of this study.
    const WireUids empty(UidRemapper(QByteArray(32, 's')), {});
    const Record pulled = recordFromWire(*wire, empty, std::nullopt);
    EXPECT_EQ(pulled.data, wire->data);

    const WireUids supervisor(UidRemapper(QByteArray(32, 's')), {pulled});
    const Expected<Record> again = recordToWire(pulled, supervisor, {});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->data, wire->data);
    EXPECT_EQ(supervisor.toWire(pulled.data.value(u"studyInstanceUid"_s).toString()),
              pulled.data.value(u"studyInstanceUid"_s).toString());
}

TEST_F(Sync_RecordWireFormTest, ACommentsFrameGoesRemappedAndComesBackToTheOriginalUids)
{
    const InstanceEntry& frameOf = m_study.series[0].instances[1];
    const QJsonObject layer{{u"version"_s, 1},
                            {u"seriesInstanceUid"_s, m_study.series[0].seriesInstanceUid},
                            {u"sopInstanceUid"_s, frameOf.sopInstanceUid},
                            {u"frame"_s, 4},
                            {u"items"_s, QJsonArray()}};
    Record comment;
    comment.id = QUuid::createUuid();
    comment.type = RecordType::Comment;
    comment.parentId = m_study.caseId;
    comment.data = {
        {u"text"_s, u"LAD #7"_s},
        {u"attachment"_s, QJsonObject{{u"layer"_s, layer},
                                      {u"snapshotSha256"_s, hashOf('a')},
                                      {u"studyInstanceUid"_s, m_study.studyInstanceUid},
                                      {u"seriesInstanceUid"_s, m_study.series[0].seriesInstanceUid},
                                      {u"sopInstanceUid"_s, frameOf.sopInstanceUid},
                                      {u"frame"_s, 4}}}};
    const OutgoingBlobs snapshotSent{{hashOf('a'), {hashOf('a'), 100}}};
    const Expected<Record> wire = recordToWire(comment, m_uids, snapshotSent);
    ASSERT_TRUE(wire);
    EXPECT_FALSE(textOf(*wire).contains("1.2.392.200036")) << textOf(*wire).data();
    const QJsonObject sent = wire->data.value(u"attachment"_s).toObject();
    EXPECT_EQ(sent.value(u"sopInstanceUid"_s).toString(), m_remapper.remap(frameOf.sopInstanceUid));
    EXPECT_EQ(sent.value(u"layer"_s).toObject().value(u"sopInstanceUid"_s).toString(),
              m_remapper.remap(frameOf.sopInstanceUid));
    EXPECT_EQ(sent.value(u"snapshotSha256"_s).toString(), hashOf('a'));
    EXPECT_EQ(sent.value(u"frame"_s).toInt(), 4);

    EXPECT_EQ(recordFromWire(*wire, m_uids, comment).data, comment.data);
    EXPECT_EQ(recordFromWire(*wire, m_uids, std::nullopt).data, comment.data)
        << "a comment made elsewhere on this library's study points at its original UIDs";

    // A snapshot that did not go up is not named on the server, and stays named here.
    const Expected<Record> withheld = recordToWire(comment, m_uids, {});
    ASSERT_TRUE(withheld);
    const QJsonObject withoutSnapshot = withheld->data.value(u"attachment"_s).toObject();
    EXPECT_FALSE(withoutSnapshot.contains(u"snapshotSha256"_s));
    EXPECT_EQ(withoutSnapshot.value(u"layer"_s), sent.value(u"layer"_s)) << "the drawing goes";
    EXPECT_EQ(recordFromWire(*withheld, m_uids, comment).data, comment.data);
}

TEST_F(Sync_RecordWireFormTest, AnAnnotationLayerGoesRemappedAndComesBackExactly)
{
    Record layer;
    layer.id = QUuid::createUuid();
    layer.type = RecordType::Annotation;
    layer.data = {{u"version"_s, 1},
                  {u"seriesInstanceUid"_s, m_study.series[1].seriesInstanceUid},
                  {u"sopInstanceUid"_s, m_study.series[1].instances[0].sopInstanceUid},
                  {u"frame"_s, 0},
                  {u"items"_s, QJsonArray{QJsonObject{{u"kind"_s, u"arrow"_s}}}}};
    const Expected<Record> wire = recordToWire(layer, m_uids, {});
    ASSERT_TRUE(wire);
    EXPECT_FALSE(textOf(*wire).contains("1.2.392.200036"));
    EXPECT_EQ(wire->data.value(u"seriesInstanceUid"_s).toString(),
              m_remapper.remap(m_study.series[1].seriesInstanceUid));
    EXPECT_EQ(recordFromWire(*wire, m_uids, layer).data, layer.data);
    EXPECT_EQ(recordFromWire(*wire, m_uids, std::nullopt).data, layer.data);

    // A layer without UIDs (drawn on a whole case) goes as it is.
    Record plain = layer;
    plain.data = {{u"version"_s, 1}, {u"items"_s, QJsonArray()}};
    EXPECT_EQ(recordToWire(plain, m_uids, {})->data, plain.data);
}

TEST_F(Sync_RecordWireFormTest, ALayerNamedFromItsUidsIsNamedFromTheRemappedOnesOnTheServer)
{
    const SeriesEntry& series = m_study.series[0];
    const QString sop = series.instances[1].sopInstanceUid;
    const QString wireSeries = m_remapper.remap(series.seriesInstanceUid);
    const QString wireSop = m_remapper.remap(sop);
    Record layer;
    layer.type = RecordType::Annotation;
    layer.data = {{u"version"_s, 1},
                  {u"seriesInstanceUid"_s, series.seriesInstanceUid},
                  {u"sopInstanceUid"_s, sop},
                  {u"frame"_s, 12},
                  {u"items"_s, QJsonArray{QJsonObject{{u"kind"_s, u"arrow"_s}}}}};
    layer.id = annotationLayerId(series.seriesInstanceUid, sop, 12);

    // The server never sees an id derived from an original UID.
    const Expected<Record> wire = recordToWire(layer, m_uids, {});
    ASSERT_TRUE(wire);
    EXPECT_EQ(wire->id, annotationLayerId(wireSeries, wireSop, 12));
    EXPECT_NE(wire->id, layer.id);
    // Back here it is the same record again, found by its local id.
    EXPECT_EQ(sync::localRecordId(*wire, m_uids), layer.id);
    const Record back = recordFromWire(*wire, m_uids, layer);
    EXPECT_EQ(back.id, layer.id);
    EXPECT_EQ(back.data, layer.data);

    // A supervisor draws on the same frame of the de-identified copy: the layer they name from
    // the UIDs they have is the resident's layer, not a second one beside it.
    Record drawnElsewhere = *wire;
    drawnElsewhere.data.insert(u"items"_s, QJsonArray{QJsonObject{{u"kind"_s, u"text"_s}}});
    EXPECT_EQ(sync::localRecordId(drawnElsewhere, m_uids), layer.id);
    EXPECT_EQ(recordFromWire(drawnElsewhere, m_uids, std::nullopt).id, layer.id);

    // The whole series' layer too.
    Record wholeSeries = layer;
    wholeSeries.data.remove(u"sopInstanceUid"_s);
    wholeSeries.data.insert(u"frame"_s, QJsonValue());
    wholeSeries.id = annotationLayerId(series.seriesInstanceUid, {}, std::nullopt);
    const Expected<Record> wireWhole = recordToWire(wholeSeries, m_uids, {});
    ASSERT_TRUE(wireWhole);
    EXPECT_EQ(wireWhole->id, annotationLayerId(wireSeries, {}, std::nullopt));
    EXPECT_EQ(sync::localRecordId(*wireWhole, m_uids), wholeSeries.id);

    // A layer record with an id of its own keeps it both ways.
    Record ownId = layer;
    ownId.id = QUuid::createUuid();
    const Expected<Record> wireOwn = recordToWire(ownId, m_uids, {});
    ASSERT_TRUE(wireOwn);
    EXPECT_EQ(wireOwn->id, ownId.id);
    EXPECT_EQ(sync::localRecordId(*wireOwn, m_uids), ownId.id);
    EXPECT_EQ(recordFromWire(*wireOwn, m_uids, std::nullopt).id, ownId.id);
}

TEST_F(Sync_RecordWireFormTest, AReportsPrivateRemarksStayOnTheWorkstation)
{
    Record report;
    report.id = QUuid::createUuid();
    report.type = RecordType::Report;
    report.data = {{u"form"_s, u"specialist_case_report"_s},
                   {u"state"_s, u"registered"_s},
                   {u"values"_s, QJsonObject{{u"diagnosis"_s, u"Pancreatic cancer"_s},
                                             {u"remarks"_s, u"Ask about the dose next time"_s}}}};
    const Expected<Record> wire = recordToWire(report, m_uids, {});
    ASSERT_TRUE(wire);
    const QJsonObject sent = wire->data.value(u"values"_s).toObject();
    EXPECT_FALSE(sent.contains(u"remarks"_s));
    EXPECT_EQ(sent.value(u"diagnosis"_s).toString(), u"Pancreatic cancer"_s);

    // Back here (accepted, or changed by the supervisor) the local remarks are kept.
    EXPECT_EQ(recordFromWire(*wire, m_uids, report).data, report.data);
    Record approved = *wire;
    approved.data.insert(u"state"_s, u"approved"_s);
    const Record stored = recordFromWire(approved, m_uids, report);
    EXPECT_EQ(stored.data.value(u"state"_s).toString(), u"approved"_s);
    EXPECT_EQ(stored.data.value(u"values"_s).toObject().value(u"remarks"_s).toString(),
              u"Ask about the dose next time"_s);
    // Another member's report has none to keep, whatever the server sent.
    Record elsewhere = approved;
    QJsonObject values = elsewhere.data.value(u"values"_s).toObject();
    values.insert(u"remarks"_s, u"sent by an older client"_s);
    elsewhere.data.insert(u"values"_s, values);
    EXPECT_FALSE(recordFromWire(elsewhere, m_uids, std::nullopt)
                     .data.value(u"values"_s)
                     .toObject()
                     .contains(u"remarks"_s));
}

TEST_F(Sync_RecordWireFormTest, OtherRecordsGoAndComeAsTheyAre)
{
    Record report;
    report.id = QUuid::createUuid();
    report.type = RecordType::Report;
    report.data = {{u"title"_s, u"Conference"_s}, {u"studyInstanceUid"_s, u"not a DICOM field"_s}};
    EXPECT_EQ(recordToWire(report, m_uids, {})->data, report.data);
    EXPECT_EQ(recordFromWire(report, m_uids, std::nullopt).data, report.data);
}
