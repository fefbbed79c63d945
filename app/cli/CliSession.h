// The signed-in session of the sync commands (login, sync, upload, fetch, logout): the data
// folder's lock, the HTTPS client and the sign-in restored from the keychain.
#pragma once

#include "ApiClient.h"
#include "Auth.h"
#include "LocalStore.h"

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTextStream>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace kenshu::cli {

struct Session
{
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<sync::ApiClient> api;
    std::unique_ptr<sync::Auth> auth;
    QString account;
};

// Only one sign-in or sync at a time per data folder: a refresh token works once. nullptr (with
// the reason on `err`) when another one runs.
std::unique_ptr<QLockFile> lockDataFolder(const QString& dataDir, QTextStream& err);

// Opens the data folder and sets up the client for `server`.
std::optional<Session> openSession(const QString& dataDir, const QUrl& server,
                                   const QString& caBundle, QTextStream& err);

// Runs a sign-in step on this thread's event loop until it reports.
sync::SignInResult await(const std::function<void(QObject*, sync::Auth::Callback)>& start);

// A silent sign-in from the saved sign-in and the keychain.
std::optional<std::pair<Session, sync::SignInResult>> restoreSession(const QString& dataDir,
                                                                     QTextStream& err);

} // namespace kenshu::cli
