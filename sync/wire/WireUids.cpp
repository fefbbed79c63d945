#include "WireUids.h"

#include "LibraryTypes.h"
#include "LocalStore.h"
#include "SiteSecret.h"

#include <QStringList>
#include <utility>

namespace kenshu::sync {

WireUids::WireUids(deid::UidRemapper remapper, const QList<Record>& localStudies)
    : m_remapper(std::move(remapper))
{
    for (const Record& record : localStudies) {
        if (record.type != RecordType::Study)
            continue;
        const StudyEntry study = studyFromJson(record.id, record.parentId, record.data);
        QStringList uids{study.studyInstanceUid};
        for (const SeriesEntry& series : study.series) {
            uids.append(series.seriesInstanceUid);
            for (const InstanceEntry& instance : series.instances)
                uids.append(instance.sopInstanceUid);
        }
        for (const QString& uid : std::as_const(uids)) {
            if (uid.isEmpty())
                continue;
            if (study.deidentified)
                m_serverUids.insert(uid);
            else
                m_originalOf.insert(m_remapper.remap(uid), uid);
        }
    }
}

Expected<WireUids> WireUids::ofLibrary(const LocalStore& store)
{
    Expected<QByteArray> secret = deid::loadOrCreateSiteSecret(store.dataDir());
    if (!secret)
        return secret.error();
    return WireUids(deid::UidRemapper(*secret), store.recordsWithDeleted(RecordType::Study));
}

QString WireUids::toWire(const QString& uid) const
{
    if (uid.isEmpty() || m_serverUids.contains(uid))
        return uid;
    // Unknown UIDs are remapped too: only what is known to be the server's goes as it is.
    return m_remapper.remap(uid);
}

QString WireUids::toLocal(const QString& wireUid) const
{
    return m_originalOf.value(wireUid, wireUid);
}

QString WireUids::toLocal(const QString& wireUid, const QString& localUid) const
{
    if (!localUid.isEmpty() && toWire(localUid) == wireUid)
        return localUid;
    return toLocal(wireUid);
}

} // namespace kenshu::sync
