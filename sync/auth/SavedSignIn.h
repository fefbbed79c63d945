#pragma once

#include "Expected.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace kenshu {
class SyncStore;
}

namespace kenshu::sync {

// The part of a sign-in that is not secret, kept in the data folder's sync state so that the
// next start can sign in silently: the server, the e-mail address, the member, the extra CA
// bundle. Never the password or a token: the refresh token is in the keychain under
// keychainAccount(), the access token only in memory.
struct SavedSignIn
{
    QUrl server;
    QString email;
    QString memberId;
    QString caBundle;   // path of IT's extra CA bundle; empty: system CAs only
    QJsonObject member; // the last /api/v1/me answer, for showing who is signed in offline

    static std::optional<SavedSignIn> load(const SyncStore& store);
    Status save(SyncStore& store) const;
    static Status clear(SyncStore& store);

    // The keychain entry of this data folder's sign-in to `server`: two data folders (two
    // users of one computer account) never share a token.
    static QString keychainAccount(const QUrl& server, const QString& deviceId);
};

} // namespace kenshu::sync
