#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace kenshu {

// One row of a conflict: something a record's data holds, as this device and the server have
// it. Form values (data.values.<field>) are rows of their own, so reports and sheets merge
// field by field; a step's stamps (stateChangedAt, stateChangedBy) go with the "state" row.
struct ConflictField
{
    QString key;         // the data key, or formValueKey(field id) for a form value
    QString formFieldId; // set for form values
    QJsonValue local;    // undefined where this side does not have it
    QJsonValue server;

    bool differs() const { return local != server; }
};

enum class MergeSide { Local, Server };

// The row key of the form value `fieldId`.
QString formValueKey(const QString& fieldId);

// Every row of two versions of a record's data, differing or not: form values first (in
// `fieldOrder`, then any others by id), then the other keys (title, state and the parties
// first, the rest by name). The local save time is not a row.
QList<ConflictField> conflictFields(const QJsonObject& local, const QJsonObject& server,
                                    const QStringList& fieldOrder = {});

// The server's data with the rows chosen as MergeSide::Local taken from `local` (a row the
// chosen side lacks is removed); rows not in `choices` keep the server's value. The result is
// the new local version that goes out on top of the server's revision.
QJsonObject mergedData(const QJsonObject& local, const QJsonObject& server,
                       const QHash<QString, MergeSide>& choices);

} // namespace kenshu
