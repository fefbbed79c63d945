#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QUuid>

namespace kenshu {

// One DICOM SOP instance (a file) of a series, stored as a content-addressed blob.
struct InstanceEntry
{
    QString sopInstanceUid;
    QString sopClassUid;
    QString transferSyntaxUid;
    int instanceNumber = 0;
    int frames = 1;
    int rows = 0;
    int columns = 0;
    QString sha256;
    qint64 size = 0;
};

struct SeriesEntry
{
    QString seriesInstanceUid;
    QString modality;
    QString description;
    int seriesNumber = 0;
    QList<InstanceEntry> instances;

    int frameCount() const;
    const InstanceEntry* findInstance(const QString& sopInstanceUid) const;
};

// A DICOM study inside a case (record type "study"). The local record keeps the original UIDs,
// date and descriptions; sync sends its de-identified wire form (RecordWireForm.h).
struct StudyEntry
{
    QUuid id;
    QUuid caseId;
    QString studyInstanceUid;
    QString studyDate; // DICOM DA, yyyyMMdd
    QString studyTime; // DICOM TM
    QString description;
    QList<SeriesEntry> series;
    // The study as the server has it (another member's): UIDs remapped, no dates or
    // descriptions, files de-identified. Sync sends it back as it is.
    bool deidentified = false;

    QStringList modalities() const;
    int instanceCount() const;
    int frameCount() const;
    SeriesEntry* findSeries(const QString& seriesInstanceUid);
    const SeriesEntry* findSeries(const QString& seriesInstanceUid) const;
    void sortSeries();
};

// A PDF attached to a case (record type "document").
struct DocumentEntry
{
    QUuid id;
    QUuid caseId;
    QString name;
    int pages = 0;
    QString sha256;
    qint64 size = 0;
    QDateTime addedAt;
};

// A case as the library lists it: no studies loaded, only counts.
struct CaseSummary
{
    QUuid id;
    QString title;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
    int studyCount = 0;
    int documentCount = 0;
    bool closed = false; // the consultation is closed (approved): see canAddToCase
};

// A case with everything it holds.
struct CaseEntry
{
    QUuid id;
    QString title;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<StudyEntry> studies;
    QList<DocumentEntry> documents;
    bool closed = false; // the consultation is closed (approved): see canAddToCase

    StudyEntry* findStudy(const QString& studyInstanceUid);
    QSet<QString> sopInstanceUids() const;
    QSet<QString> documentHashes() const;
};

// Record data <-> entries: the JSON of study and document records (what sync sends).
QJsonObject studyToJson(const StudyEntry& study);
StudyEntry studyFromJson(const QUuid& id, const QUuid& caseId, const QJsonObject& json);
QJsonObject documentToJson(const DocumentEntry& document);
DocumentEntry documentFromJson(const QUuid& id, const QUuid& caseId, const QJsonObject& json);
QJsonObject caseDataToJson(const QString& title, const QString& note, const QDateTime& createdAt);

} // namespace kenshu

Q_DECLARE_METATYPE(kenshu::CaseSummary)
Q_DECLARE_METATYPE(kenshu::CaseEntry)
