#include "LibraryTypes.h"

#include "UtcTimestamp.h"

#include <QJsonArray>
#include <algorithm>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QJsonObject instanceToJson(const InstanceEntry& instance)
{
    return QJsonObject{
        {"sopInstanceUid"_L1, instance.sopInstanceUid},
        {"sopClassUid"_L1, instance.sopClassUid},
        {"transferSyntaxUid"_L1, instance.transferSyntaxUid},
        {"instanceNumber"_L1, instance.instanceNumber},
        {"frames"_L1, instance.frames},
        {"rows"_L1, instance.rows},
        {"columns"_L1, instance.columns},
        {"sha256"_L1, instance.sha256},
        {"size"_L1, instance.size},
    };
}

InstanceEntry instanceFromJson(const QJsonObject& json)
{
    InstanceEntry instance;
    instance.sopInstanceUid = json.value("sopInstanceUid"_L1).toString();
    instance.sopClassUid = json.value("sopClassUid"_L1).toString();
    instance.transferSyntaxUid = json.value("transferSyntaxUid"_L1).toString();
    instance.instanceNumber = json.value("instanceNumber"_L1).toInt();
    instance.frames = json.value("frames"_L1).toInt(1);
    instance.rows = json.value("rows"_L1).toInt();
    instance.columns = json.value("columns"_L1).toInt();
    instance.sha256 = json.value("sha256"_L1).toString();
    instance.size = json.value("size"_L1).toInteger();
    return instance;
}

QJsonObject seriesToJson(const SeriesEntry& series)
{
    QJsonArray instances;
    for (const InstanceEntry& instance : series.instances)
        instances.append(instanceToJson(instance));
    return QJsonObject{
        {"seriesInstanceUid"_L1, series.seriesInstanceUid},
        {"modality"_L1, series.modality},
        {"description"_L1, series.description},
        {"seriesNumber"_L1, series.seriesNumber},
        {"instances"_L1, instances},
    };
}

SeriesEntry seriesFromJson(const QJsonObject& json)
{
    SeriesEntry series;
    series.seriesInstanceUid = json.value("seriesInstanceUid"_L1).toString();
    series.modality = json.value("modality"_L1).toString();
    series.description = json.value("description"_L1).toString();
    series.seriesNumber = json.value("seriesNumber"_L1).toInt();
    const QJsonArray instances = json.value("instances"_L1).toArray();
    for (const QJsonValue& instance : instances)
        series.instances.append(instanceFromJson(instance.toObject()));
    return series;
}

} // namespace

int SeriesEntry::frameCount() const
{
    int frames = 0;
    for (const InstanceEntry& instance : instances)
        frames += instance.frames;
    return frames;
}

const InstanceEntry* SeriesEntry::findInstance(const QString& sopInstanceUid) const
{
    for (const InstanceEntry& instance : instances) {
        if (instance.sopInstanceUid == sopInstanceUid)
            return &instance;
    }
    return nullptr;
}

QStringList StudyEntry::modalities() const
{
    QStringList result;
    for (const SeriesEntry& entry : series) {
        if (!entry.modality.isEmpty() && !result.contains(entry.modality))
            result.append(entry.modality);
    }
    return result;
}

int StudyEntry::instanceCount() const
{
    int count = 0;
    for (const SeriesEntry& entry : series)
        count += int(entry.instances.size());
    return count;
}

int StudyEntry::frameCount() const
{
    int frames = 0;
    for (const SeriesEntry& entry : series)
        frames += entry.frameCount();
    return frames;
}

SeriesEntry* StudyEntry::findSeries(const QString& seriesInstanceUid)
{
    for (SeriesEntry& entry : series) {
        if (entry.seriesInstanceUid == seriesInstanceUid)
            return &entry;
    }
    return nullptr;
}

const SeriesEntry* StudyEntry::findSeries(const QString& seriesInstanceUid) const
{
    return const_cast<StudyEntry*>(this)->findSeries(seriesInstanceUid);
}

void StudyEntry::sortSeries()
{
    // Series and instances in acquisition order, as a reader of the CD expects them.
    std::stable_sort(series.begin(), series.end(), [](const SeriesEntry& a, const SeriesEntry& b) {
        return a.seriesNumber < b.seriesNumber;
    });
    for (SeriesEntry& entry : series) {
        std::stable_sort(entry.instances.begin(), entry.instances.end(),
                         [](const InstanceEntry& a, const InstanceEntry& b) {
                             return a.instanceNumber < b.instanceNumber;
                         });
    }
}

StudyEntry* CaseEntry::findStudy(const QString& studyInstanceUid)
{
    for (StudyEntry& study : studies) {
        if (study.studyInstanceUid == studyInstanceUid)
            return &study;
    }
    return nullptr;
}

QSet<QString> CaseEntry::sopInstanceUids() const
{
    QSet<QString> uids;
    for (const StudyEntry& study : studies) {
        for (const SeriesEntry& entry : study.series) {
            for (const InstanceEntry& instance : entry.instances)
                uids.insert(instance.sopInstanceUid);
        }
    }
    return uids;
}

QSet<QString> CaseEntry::documentHashes() const
{
    QSet<QString> hashes;
    for (const DocumentEntry& document : documents)
        hashes.insert(document.sha256);
    return hashes;
}

QJsonObject studyToJson(const StudyEntry& study)
{
    QJsonArray series;
    for (const SeriesEntry& entry : study.series)
        series.append(seriesToJson(entry));
    QJsonObject json{
        {"studyInstanceUid"_L1, study.studyInstanceUid},
        {"studyDate"_L1, study.studyDate},
        {"studyTime"_L1, study.studyTime},
        {"description"_L1, study.description},
        {"series"_L1, series},
    };
    if (study.deidentified)
        json.insert("deidentified"_L1, true);
    return json;
}

StudyEntry studyFromJson(const QUuid& id, const QUuid& caseId, const QJsonObject& json)
{
    StudyEntry study;
    study.id = id;
    study.caseId = caseId;
    study.studyInstanceUid = json.value("studyInstanceUid"_L1).toString();
    study.studyDate = json.value("studyDate"_L1).toString();
    study.studyTime = json.value("studyTime"_L1).toString();
    study.description = json.value("description"_L1).toString();
    study.deidentified = json.value("deidentified"_L1).toBool();
    const QJsonArray series = json.value("series"_L1).toArray();
    for (const QJsonValue& entry : series)
        study.series.append(seriesFromJson(entry.toObject()));
    return study;
}

QJsonObject documentToJson(const DocumentEntry& document)
{
    return QJsonObject{
        {"name"_L1, document.name},
        {"pages"_L1, document.pages},
        {"sha256"_L1, document.sha256},
        {"size"_L1, document.size},
        {"addedAt"_L1, formatUtcTimestamp(document.addedAt)},
    };
}

DocumentEntry documentFromJson(const QUuid& id, const QUuid& caseId, const QJsonObject& json)
{
    DocumentEntry document;
    document.id = id;
    document.caseId = caseId;
    document.name = json.value("name"_L1).toString();
    document.pages = json.value("pages"_L1).toInt();
    document.sha256 = json.value("sha256"_L1).toString();
    document.size = json.value("size"_L1).toInteger();
    document.addedAt = parseUtcTimestamp(json.value("addedAt"_L1).toString());
    return document;
}

QJsonObject caseDataToJson(const QString& title, const QString& note, const QDateTime& createdAt)
{
    return QJsonObject{
        {"title"_L1, title},
        {"note"_L1, note},
        {"createdAt"_L1, formatUtcTimestamp(createdAt)},
    };
}

} // namespace kenshu
