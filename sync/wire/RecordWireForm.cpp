#include "RecordWireForm.h"

#include "AnnotationLayerId.h"
#include "PrivateFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <initializer_list>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;
using Keys = std::initializer_list<QLatin1StringView>;

constexpr QLatin1StringView kStudyUid = "studyInstanceUid"_L1;
constexpr QLatin1StringView kSeriesUid = "seriesInstanceUid"_L1;
constexpr QLatin1StringView kSopUid = "sopInstanceUid"_L1;
constexpr QLatin1StringView kSeries = "series"_L1;
constexpr QLatin1StringView kInstances = "instances"_L1;
constexpr QLatin1StringView kSha256 = "sha256"_L1;
constexpr QLatin1StringView kSize = "size"_L1;
constexpr QLatin1StringView kDeidentified = "deidentified"_L1;
constexpr QLatin1StringView kAttachment = "attachment"_L1;
constexpr QLatin1StringView kLayer = "layer"_L1;
constexpr QLatin1StringView kSnapshot = "snapshotSha256"_L1;

// What of a series and an instance may go to the server besides UIDs and hashes: nothing that
// names, dates or describes (the Basic Profile removes descriptions).
const Keys kSeriesKeys = {"modality"_L1, "seriesNumber"_L1};
const Keys kInstanceKeys = {"sopClassUid"_L1,    "transferSyntaxUid"_L1,
                            "instanceNumber"_L1, "frames"_L1,
                            "rows"_L1,           "columns"_L1};

QJsonObject picked(const QJsonObject& from, Keys keys)
{
    QJsonObject result;
    for (QLatin1StringView key : keys) {
        if (from.contains(key))
            result.insert(key, from.value(key));
    }
    return result;
}

// `keys` of `wire` written over `local`, a key the wire lacks removed.
void overlay(QJsonObject& local, const QJsonObject& wire, Keys keys)
{
    for (QLatin1StringView key : keys) {
        if (wire.contains(key))
            local.insert(key, wire.value(key));
        else
            local.remove(key);
    }
}

QJsonObject uidsToWire(QJsonObject object, Keys keys, const WireUids& uids)
{
    for (QLatin1StringView key : keys) {
        if (object.value(key).isString())
            object.insert(key, uids.toWire(object.value(key).toString()));
    }
    return object;
}

QJsonObject uidsToLocal(QJsonObject wire, const QJsonObject& local, Keys keys, const WireUids& uids)
{
    for (QLatin1StringView key : keys) {
        if (wire.value(key).isString())
            wire.insert(key, uids.toLocal(wire.value(key).toString(), local.value(key).toString()));
    }
    return wire;
}

// The element of `local` whose `key` UID went to the server as `wireUid`; empty if none.
QJsonObject sentAs(const QJsonArray& local, QLatin1StringView key, const QString& wireUid,
                   const WireUids& uids)
{
    for (const QJsonValue& value : local) {
        const QJsonObject object = value.toObject();
        if (uids.toWire(object.value(key).toString()) == wireUid)
            return object;
    }
    return {};
}

Expected<QJsonObject> studyToWire(const QJsonObject& local, bool deleted, const WireUids& uids,
                                  const OutgoingBlobs& outgoing)
{
    const QString studyUid = uids.toWire(local.value(kStudyUid).toString());
    // The server has the study already; a deletion needs no files.
    if (deleted)
        return QJsonObject{{kStudyUid, studyUid}, {kSeries, QJsonArray()}, {kDeidentified, true}};
    QJsonArray series;
    for (const QJsonValue& seriesValue : local.value(kSeries).toArray()) {
        const QJsonObject localSeries = seriesValue.toObject();
        QJsonObject wireSeries = picked(localSeries, kSeriesKeys);
        wireSeries.insert(kSeriesUid, uids.toWire(localSeries.value(kSeriesUid).toString()));
        QJsonArray instances;
        for (const QJsonValue& instanceValue : localSeries.value(kInstances).toArray()) {
            const QJsonObject localInstance = instanceValue.toObject();
            const auto blob = outgoing.constFind(localInstance.value(kSha256).toString());
            if (blob == outgoing.cend())
                return Error{QCoreApplication::translate(
                    "RecordWireForm", "An image of the study has not been de-identified yet.")};
            QJsonObject wireInstance = picked(localInstance, kInstanceKeys);
            wireInstance.insert(kSopUid, uids.toWire(localInstance.value(kSopUid).toString()));
            wireInstance.insert(kSha256, blob->sha256);
            wireInstance.insert(kSize, blob->size);
            instances.append(wireInstance);
        }
        wireSeries.insert(kInstances, instances);
        series.append(wireSeries);
    }
    return QJsonObject{{kStudyUid, studyUid}, {kSeries, series}, {kDeidentified, true}};
}

// The library's own study with what the server has written over what it may know.
QJsonObject studyFromWire(const QJsonObject& wire, const QJsonObject& local, const WireUids& uids)
{
    QJsonObject result = local;
    result.insert(kStudyUid, uids.toLocal(wire.value(kStudyUid).toString(),
                                          local.value(kStudyUid).toString()));
    const QJsonArray localSeriesList = local.value(kSeries).toArray();
    QJsonArray series;
    for (const QJsonValue& seriesValue : wire.value(kSeries).toArray()) {
        const QJsonObject wireSeries = seriesValue.toObject();
        const QString seriesUid = wireSeries.value(kSeriesUid).toString();
        const QJsonObject localSeries = sentAs(localSeriesList, kSeriesUid, seriesUid, uids);
        QJsonObject merged = localSeries;
        overlay(merged, wireSeries, kSeriesKeys);
        merged.insert(kSeriesUid,
                      uids.toLocal(seriesUid, localSeries.value(kSeriesUid).toString()));
        const QJsonArray localInstances = localSeries.value(kInstances).toArray();
        QJsonArray instances;
        for (const QJsonValue& instanceValue : wireSeries.value(kInstances).toArray()) {
            const QJsonObject wireInstance = instanceValue.toObject();
            const QString sopUid = wireInstance.value(kSopUid).toString();
            const QJsonObject localInstance = sentAs(localInstances, kSopUid, sopUid, uids);
            QJsonObject instance = localInstance;
            overlay(instance, wireInstance, kInstanceKeys);
            instance.insert(kSopUid, uids.toLocal(sopUid, localInstance.value(kSopUid).toString()));
            // The original file is here; the de-identified one is the server's.
            if (localInstance.isEmpty()) {
                instance.insert(kSha256, wireInstance.value(kSha256));
                instance.insert(kSize, wireInstance.value(kSize));
            }
            instances.append(instance);
        }
        merged.insert(kInstances, instances);
        series.append(merged);
    }
    result.insert(kSeries, series);
    return result;
}

bool isLibrarysOwnStudy(const std::optional<Record>& local)
{
    return local && local->type == RecordType::Study && !local->data.value(kDeidentified).toBool();
}

QJsonObject attachmentToWire(const QJsonObject& data, const WireUids& uids,
                             const OutgoingBlobs& outgoing)
{
    if (!data.value(kAttachment).isObject())
        return data;
    QJsonObject attachment =
        uidsToWire(data.value(kAttachment).toObject(), {kStudyUid, kSeriesUid, kSopUid}, uids);
    // A snapshot that did not go up (its frame has not left yet: SnapshotClearance.h) is not
    // named either.
    if (!outgoing.contains(attachment.value(kSnapshot).toString()))
        attachment.remove(kSnapshot);
    if (attachment.value(kLayer).isObject())
        attachment.insert(
            kLayer, uidsToWire(attachment.value(kLayer).toObject(), {kSeriesUid, kSopUid}, uids));
    QJsonObject result = data;
    result.insert(kAttachment, attachment);
    return result;
}

QJsonObject attachmentFromWire(const QJsonObject& wire, const QJsonObject& local,
                               const WireUids& uids)
{
    if (!wire.value(kAttachment).isObject())
        return wire;
    const QJsonObject localAttachment = local.value(kAttachment).toObject();
    QJsonObject attachment = uidsToLocal(wire.value(kAttachment).toObject(), localAttachment,
                                         {kStudyUid, kSeriesUid, kSopUid}, uids);
    // The snapshot that stayed here stays named here.
    if (!attachment.contains(kSnapshot) && localAttachment.contains(kSnapshot))
        attachment.insert(kSnapshot, localAttachment.value(kSnapshot));
    if (attachment.value(kLayer).isObject())
        attachment.insert(kLayer, uidsToLocal(attachment.value(kLayer).toObject(),
                                              localAttachment.value(kLayer).toObject(),
                                              {kSeriesUid, kSopUid}, uids));
    QJsonObject result = wire;
    result.insert(kAttachment, attachment);
    return result;
}

const Keys kLayerUids = {kSeriesUid, kSopUid};

// A layer's id as named from `data`'s UIDs when `id` is named from `namedFrom`'s; else `id`.
QUuid renamedLayer(const QUuid& id, const QJsonObject& namedFrom, const QJsonObject& data)
{
    return id == annotationLayerId(namedFrom) ? annotationLayerId(data) : id;
}

} // namespace

Expected<Record> recordToWire(const Record& local, const WireUids& uids,
                              const OutgoingBlobs& outgoing)
{
    Record wire = local;
    switch (local.type) {
    case RecordType::Study: {
        if (local.data.value(kDeidentified).toBool())
            return wire;
        Expected<QJsonObject> data = studyToWire(local.data, local.deleted, uids, outgoing);
        if (!data)
            return data.error();
        wire.data = *data;
        return wire;
    }
    case RecordType::Comment:
        wire.data = attachmentToWire(local.data, uids, outgoing);
        return wire;
    case RecordType::Annotation:
        wire.data = uidsToWire(local.data, kLayerUids, uids);
        wire.id = renamedLayer(local.id, local.data, wire.data);
        return wire;
    case RecordType::Report:
        wire.data = withoutPrivateFields(local.data);
        return wire;
    default:
        return wire;
    }
}

Record recordFromWire(const Record& wire, const WireUids& uids, const std::optional<Record>& local)
{
    Record result = wire;
    const QJsonObject localData = local ? local->data : QJsonObject();
    switch (wire.type) {
    case RecordType::Study:
        // Another member's study is stored as it came. A deletion keeps what was here.
        if (isLibrarysOwnStudy(local))
            result.data = wire.deleted ? localData : studyFromWire(wire.data, localData, uids);
        return result;
    case RecordType::Comment:
        result.data = attachmentFromWire(wire.data, localData, uids);
        return result;
    case RecordType::Annotation:
        result.data = uidsToLocal(wire.data, localData, kLayerUids, uids);
        result.id = local ? local->id : renamedLayer(wire.id, wire.data, result.data);
        return result;
    case RecordType::Report:
        result.data = withLocalPrivateFields(wire.data, localData);
        return result;
    default:
        return result;
    }
}

QUuid localRecordId(const Record& wire, const WireUids& uids)
{
    if (wire.type != RecordType::Annotation)
        return wire.id;
    return renamedLayer(wire.id, wire.data, uidsToLocal(wire.data, {}, kLayerUids, uids));
}

} // namespace kenshu::sync
