#include "BlobSyncState.h"

#include "LocalStore.h"
#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QString nowText()
{
    return formatUtcTimestamp(QDateTime::currentDateTimeUtc());
}

Status execute(QSqlQuery& query)
{
    if (query.exec())
        return {};
    return Error{
        QCoreApplication::translate("BlobSyncState", "The local library could not be updated (%1).")
            .arg(query.lastError().text())};
}

} // namespace

BlobSyncState::BlobSyncState(LocalStore& store) : m_store(store) {}

OutgoingBlobs BlobSyncState::onServer(const QStringList& localSha256s) const
{
    OutgoingBlobs result;
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT deidentified_sha256, deidentified_size FROM blobs WHERE sha256 = ? "
                  "AND on_server = 1 AND deidentified_sha256 IS NOT NULL"_s);
    for (const QString& sha : localSha256s) {
        query.addBindValue(sha);
        if (query.exec() && query.next())
            result.insert(sha, {query.value(0).toString(), query.value(1).toLongLong()});
        query.finish();
    }
    return result;
}

Status BlobSyncState::noteOnServer(const QString& localSha256, qint64 localSize,
                                   const QString& kind, const QString& outgoingSha256,
                                   qint64 outgoingSize)
{
    QSqlQuery query(m_store.database());
    query.prepare(u"INSERT INTO blobs (sha256, size, kind, state, added_at, deidentified_sha256, "
                  "deidentified_size, on_server) VALUES (?, ?, ?, 'local', ?, ?, ?, 1) "
                  "ON CONFLICT(sha256) DO UPDATE SET deidentified_sha256 = "
                  "excluded.deidentified_sha256, deidentified_size = excluded.deidentified_size, "
                  "on_server = 1"_s);
    query.addBindValue(localSha256);
    query.addBindValue(localSize);
    query.addBindValue(kind);
    query.addBindValue(nowText());
    query.addBindValue(outgoingSha256);
    query.addBindValue(outgoingSize);
    return execute(query);
}

QSet<QString> BlobSyncState::confirmedSeries(const QUuid& studyId) const
{
    QSet<QString> result;
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT series_uid FROM burned_in_confirmations WHERE study_id = ?"_s);
    query.addBindValue(studyId.toString(QUuid::WithoutBraces));
    if (query.exec()) {
        while (query.next())
            result.insert(query.value(0).toString());
    }
    return result;
}

Status BlobSyncState::confirmSeries(const QUuid& studyId, const QStringList& seriesInstanceUids)
{
    QSqlQuery query(m_store.database());
    query.prepare(u"INSERT OR IGNORE INTO burned_in_confirmations (study_id, series_uid, "
                  "confirmed_at) VALUES (?, ?, ?)"_s);
    for (const QString& series : seriesInstanceUids) {
        query.addBindValue(studyId.toString(QUuid::WithoutBraces));
        query.addBindValue(series);
        query.addBindValue(nowText());
        if (Status done = execute(query); !done)
            return done;
    }
    return {};
}

} // namespace kenshu
