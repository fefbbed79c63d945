#pragma once

#include "Expected.h"
#include "Record.h"
#include "UidRemapper.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace kenshu {
class LocalStore;
}

namespace kenshu::sync {

// The DICOM UIDs of one data folder's library as the server knows them. A UID goes to the
// server remapped under the site secret (the same remapping the Deidentifier writes into the
// files), unless it already is a server UID: one of a study that came from the server (another
// member's, stored as it came). A UID from the server maps back to the original when one of the
// library's own studies has it, by remapping each of their UIDs. Built from the local study
// records (deleted ones too: comments may still point at them); immutable afterwards.
class WireUids final
{
public:
    WireUids(deid::UidRemapper remapper, const QList<Record>& localStudies);
    // The data folder's: its site secret and its study records. Blocking I/O: on the store's
    // thread.
    static Expected<WireUids> ofLibrary(const LocalStore& store);

    // The UID the server may see; an empty one stays empty.
    QString toWire(const QString& uid) const;
    // The original of a server UID when this library has it; otherwise the UID as it is.
    QString toLocal(const QString& wireUid) const;
    // `wireUid` as the local record had it: `localUid` when that is what the server got from
    // it, else toLocal(). A record that went up and came back is restored exactly.
    QString toLocal(const QString& wireUid, const QString& localUid) const;

private:
    deid::UidRemapper m_remapper;
    QHash<QString, QString> m_originalOf; // server UID -> this library's original
    QSet<QString> m_serverUids;           // UIDs of studies stored as the server has them
};

} // namespace kenshu::sync
