// kenshuctl login / sync / logout: the same sign-in and sync code as the GUI, run on this
// process's event loop until it reports.
#include "ApiClient.h"
#include "AsyncRun.h"
#include "Auth.h"
#include "BlobPreparer.h"
#include "CliCommands.h"
#include "CliSession.h"
#include "LocalStore.h"
#include "SavedSignIn.h"
#include "SyncEngine.h"
#include "SyncStore.h"
#include "TokenStore.h"
#include "TusUploader.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace kenshu::cli {
namespace {

using namespace Qt::Literals::StringLiterals;
using sync::ApiClient;
using sync::ApiError;
using sync::Auth;
using sync::SavedSignIn;
using sync::SignInResult;
using sync::SyncEngine;
using sync::SyncReport;
using sync::TusUploader;
using sync::UploadResult;

// One line from standard input, without echo when it is a terminal.
std::optional<QString> readPassword(bool fromStdin, QTextStream& err)
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
#else
    const bool terminal = false;
#endif
    if (!fromStdin && !terminal) {
        err << QCoreApplication::translate(
                   "kenshuctl",
                   "Give the password with --password-stdin, or run kenshuctl in a terminal.")
            << u'\n';
        return std::nullopt;
    }
#ifdef Q_OS_UNIX
    termios saved{};
    const bool hide = terminal && !fromStdin && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        err << QCoreApplication::translate("kenshuctl", "Password: ") << Qt::flush;
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#endif
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
#ifdef Q_OS_UNIX
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << u'\n' << Qt::flush;
    }
#endif
    if (!read || line.empty()) {
        err << QCoreApplication::translate("kenshuctl", "No password was given.") << u'\n';
        return std::nullopt;
    }
    if (line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// Stays English, so that scripts can read it.
QString issueKindName(SyncIssue::Kind kind)
{
    switch (kind) {
    case SyncIssue::Kind::Refused:
        return u"refused"_s;
    case SyncIssue::Kind::NeedsConfirmation:
        return u"needs-confirmation"_s;
    case SyncIssue::Kind::Conflict:
        break;
    }
    return u"conflict"_s;
}

QString heldSeriesText(const SyncIssue::HeldSeries& series)
{
    const QString why =
        series.reason == SyncIssue::HeldSeries::Reason::Declared
            ? QCoreApplication::translate("kenshuctl", "the files say text is burned in")
            : QCoreApplication::translate("kenshuctl", "%1 images often show text")
                  .arg(series.modality);
    return QCoreApplication::translate("kenshuctl", "series %1 (%2): %3")
        .arg(series.seriesNumber)
        .arg(series.modality, why);
}

QString issueLine(const SyncIssue& issue)
{
    QString line = u"%1 %2 %3: %4"_s.arg(issueKindName(issue.kind),
                                         issue.recordId.toString(QUuid::WithoutBraces), issue.code,
                                         issue.message);
    for (const SyncIssue::HeldSeries& series : issue.heldSeries)
        line += u"\n  "_s + heldSeriesText(series);
    return line;
}

// Confirms the studies the last sync held for burned-in text (their series as listed then).
Status confirmHeldStudies(LocalStore& store, QTextStream& out)
{
    SyncStore syncStore(store);
    for (const SyncIssue& issue : syncStore.issues()) {
        if (issue.kind != SyncIssue::Kind::NeedsConfirmation)
            continue;
        if (Status confirmed = syncStore.confirmBurnedIn(issue.recordId); !confirmed)
            return confirmed;
        out << QCoreApplication::translate("kenshuctl", "Confirmed: no patient data burned into "
                                                        "the images of study %1.")
                   .arg(issue.recordId.toString(QUuid::WithoutBraces))
            << u'\n';
    }
    return {};
}

} // namespace

int runLogin(const QStringList& arguments, const QString& dataDir, QTextStream& out,
             QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl", "Signs in to a Kenshu server. The password is never stored; the sign-in is "
                     "remembered in the system keychain."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(
        u"server"_s, QCoreApplication::translate("kenshuctl", "Server address (https://…)."),
        QCoreApplication::translate("kenshuctl", "URL"));
    const QCommandLineOption emailOption(
        u"email"_s, QCoreApplication::translate("kenshuctl", "Your e-mail address."),
        QCoreApplication::translate("kenshuctl", "address"));
    const QCommandLineOption stdinOption(
        u"password-stdin"_s,
        QCoreApplication::translate("kenshuctl", "Read the password from standard input."));
    const QCommandLineOption caOption(
        u"ca-bundle"_s,
        QCoreApplication::translate("kenshuctl",
                                    "PEM file of CA certificates to trust besides the system's."),
        QCoreApplication::translate("kenshuctl", "file"));
    parser.addOptions({serverOption, emailOption, stdinOption, caOption});
    if (const std::optional<int> done = parseCommand(parser, u"login"_s, arguments, out, err))
        return *done;
    if (!parser.isSet(serverOption) || !parser.isSet(emailOption)) {
        err << QCoreApplication::translate(
                   "kenshuctl", "Usage: kenshuctl login --server URL --email E [--password-stdin] "
                                "[--ca-bundle F]")
            << u'\n';
        return UsageError;
    }
    const QUrl server(parser.value(serverOption));
    if (Status checked = ApiClient::checkServerUrl(server); !checked) {
        err << checked.error().message << u'\n';
        return UsageError;
    }
    const QString caBundle =
        parser.isSet(caOption) ? QFileInfo(parser.value(caOption)).absoluteFilePath() : QString();
    const std::unique_ptr<QLockFile> lock = lockDataFolder(dataDir, err);
    if (!lock)
        return Failure;
    std::optional<Session> session = openSession(dataDir, server, caBundle, err);
    if (!session)
        return Failure;
    std::optional<QString> password = readPassword(parser.isSet(stdinOption), err);
    if (!password)
        return Failure;

    const QString email = parser.value(emailOption);
    const SignInResult result = await([&](QObject* context, Auth::Callback done) {
        session->auth->signIn(session->account, email, *password, context, std::move(done));
    });
    password->fill(u'\0');
    if (result.status != SignInResult::Status::SignedIn) {
        err << (result.error ? result.error->message
                             : QCoreApplication::translate("kenshuctl", "The sign-in failed."))
            << u'\n';
        return Failure;
    }
    SyncStore syncStore(*session->store);
    const SavedSignIn saved{server, email, result.member.id, caBundle, result.member.toJson()};
    if (Status written = saved.save(syncStore); !written) {
        err << written.error().message << u'\n';
        return Failure;
    }
    out << QCoreApplication::translate("kenshuctl", "Signed in to %1 as %2 (%3).")
               .arg(server.toDisplayString(), result.member.name, result.member.id)
        << u'\n';
    if (result.sessionOnly) {
        // A command-line sign-in that is not remembered ends with this process.
        err << result.keychainMessage << u'\n';
        return Failure;
    }
    return Success;
}

int runSync(const QStringList& arguments, const QString& dataDir, QTextStream& out,
            QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl",
        "Sends local changes to the server and fetches what changed there. Exit code 0 "
        "when everything is up to date."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("kenshuctl", "Print the result as JSON."));
    const QCommandLineOption confirmOption(
        u"confirm-burned-in"_s,
        QCoreApplication::translate(
            "kenshuctl", "You have looked at every frame of the studies the last sync held: no "
                         "patient data is burned into the images. They are sent now."));
    parser.addOptions({jsonOption, confirmOption});
    if (const std::optional<int> done = parseCommand(parser, u"sync"_s, arguments, out, err))
        return *done;
    const std::unique_ptr<QLockFile> lock = lockDataFolder(dataDir, err);
    if (!lock)
        return Failure;
    std::optional<std::pair<Session, SignInResult>> restored = restoreSession(dataDir, err);
    if (!restored)
        return Failure;
    Session& session = restored->first;
    if (parser.isSet(confirmOption)) {
        if (Status confirmed = confirmHeldStudies(*session.store, out); !confirmed) {
            err << confirmed.error().message << u'\n';
            return Failure;
        }
    }

    SyncEngine engine(*session.api, dataDir);
    engine.setMember(restored->second.member);
    SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport& finished) {
        report = finished;
        loop.quit();
    });
    engine.syncNow();
    loop.exec();

    if (parser.isSet(jsonOption)) {
        QJsonArray issues;
        for (const SyncIssue& issue : report.issues)
            issues.append(
                QJsonObject{{u"recordId"_s, issue.recordId.toString(QUuid::WithoutBraces)},
                            {u"kind"_s, issueKindName(issue.kind)},
                            {u"code"_s, issue.code},
                            {u"message"_s, issue.message}});
        QJsonObject json{{u"pushed"_s, report.pushed},
                         {u"pulled"_s, report.pulled},
                         {u"uploaded"_s, QJsonArray::fromStringList(report.uploaded)},
                         {u"held"_s, report.held},
                         {u"conflicts"_s, report.conflicts},
                         {u"refused"_s, report.refused},
                         {u"pending"_s, report.pending},
                         {u"upToDate"_s, report.upToDate()},
                         {u"issues"_s, issues}};
        if (report.error)
            json.insert(u"error"_s, ApiError::kindName(report.error->kind));
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << u'\n';
    } else {
        for (const QString& blob : std::as_const(report.uploaded))
            out << blob << u" uploaded\n"_s; // English: for scripts, as `upload` prints
        out << QCoreApplication::translate(
                   "kenshuctl", "Pushed %1 change(s), pulled %2 record(s), uploaded %3 file(s).")
                   .arg(report.pushed)
                   .arg(report.pulled)
                   .arg(report.uploaded.size())
            << u'\n';
    }
    for (const SyncIssue& issue : report.issues)
        err << issueLine(issue) << u'\n';
    if (report.error)
        err << report.error->message << u'\n';
    if (!report.storeError.isEmpty())
        err << report.storeError << u'\n';
    if (report.upToDate())
        return Success;
    if (!report.error && report.storeError.isEmpty())
        err << QCoreApplication::translate("kenshuctl",
                                           "%1 change(s) could not be synced; see above.")
                   .arg(report.pending)
            << u'\n';
    if (report.held > 0 ||
        std::any_of(report.issues.cbegin(), report.issues.cend(), [](const SyncIssue& issue) {
            return issue.kind == SyncIssue::Kind::NeedsConfirmation;
        }))
        err << QCoreApplication::translate(
                   "kenshuctl", "Look at every frame of the studies held above, then run: "
                                "kenshuctl sync --confirm-burned-in")
            << u'\n';
    return Failure;
}

int runUpload(const QStringList& arguments, const QString& dataDir, QTextStream& out,
              QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl",
        "Uploads files as blobs: DICOM files de-identified first (the originals stay here), "
        "PDF and PNG as they are. An interrupted upload resumes where the server stopped."));
    parser.addHelpOption();
    const QCommandLineOption confirmOption(
        u"confirm-burned-in"_s,
        QCoreApplication::translate(
            "kenshuctl",
            "You have looked at every frame: no patient data is burned into the images."));
    parser.addOption(confirmOption);
    parser.addPositionalArgument(u"files"_s,
                                 QCoreApplication::translate("kenshuctl", "Files to upload."),
                                 QCoreApplication::translate("kenshuctl", "FILE..."));
    if (const std::optional<int> done = parseCommand(parser, u"upload"_s, arguments, out, err))
        return *done;
    if (parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("kenshuctl",
                                           "Usage: kenshuctl upload FILE... [--confirm-burned-in]")
            << u'\n';
        return UsageError;
    }
    const std::unique_ptr<QLockFile> lock = lockDataFolder(dataDir, err);
    if (!lock)
        return Failure;
    std::optional<std::pair<Session, SignInResult>> restored = restoreSession(dataDir, err);
    if (!restored)
        return Failure;
    TusUploader uploader(*restored->first.api, dataDir);
    int failures = 0;
    for (const QString& path : parser.positionalArguments()) {
        QEventLoop loop;
        Expected<sync::PreparedBlob> prepared = Error{};
        // De-identification reads and writes whole files: off this thread.
        runAsync<Expected<sync::PreparedBlob>>(
            &loop, [dataDir, path] { return sync::prepareBlob(dataDir, path); },
            [&](const Expected<sync::PreparedBlob>& done) {
                prepared = done;
                loop.quit();
            });
        loop.exec();
        if (!prepared) {
            err << path << u": "_s << prepared.error().message << u'\n';
            ++failures;
            continue;
        }
        if (prepared->needsBurnedInTextConfirmation() && !parser.isSet(confirmOption)) {
            err << path << u": "_s
                << QCoreApplication::translate(
                       "kenshuctl",
                       "the images may show patient data burned into the pixels. Look at every "
                       "frame, then upload with --confirm-burned-in.")
                << u'\n';
            ++failures;
            continue;
        }
        UploadResult result;
        uploader.upload(*prepared, &loop, [&](const UploadResult& done) {
            result = done;
            loop.quit();
        });
        loop.exec();
        if (!result.ok()) {
            err << path << u": "_s << (result.error ? result.error->message : result.localError)
                << u'\n';
            ++failures;
            continue;
        }
        // The prefix stays English so that scripts can read it.
        QString what = result.alreadyStored ? u"already-stored"_s : u"uploaded"_s;
        if (result.resumedFrom > 0)
            what += u" resumed-from=%1"_s.arg(result.resumedFrom);
        if (prepared->deidentified())
            what += u" deidentified"_s;
        out << result.sha256 << u' ' << what << u' ' << path << u'\n';
    }
    return failures == 0 ? Success : Failure;
}

int runLogout(const QStringList& arguments, const QString& dataDir, QTextStream& out,
              QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl", "Signs out: the server revokes the sign-in and the keychain forgets it."));
    parser.addHelpOption();
    if (const std::optional<int> done = parseCommand(parser, u"logout"_s, arguments, out, err))
        return *done;
    const std::unique_ptr<QLockFile> lock = lockDataFolder(dataDir, err);
    if (!lock)
        return Failure;
    std::optional<SavedSignIn> saved;
    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
    if (!store) {
        err << store.error().message << u'\n';
        return Failure;
    }
    SyncStore syncStore(**store);
    saved = SavedSignIn::load(syncStore);
    if (!saved) {
        out << QCoreApplication::translate("kenshuctl", "Not signed in.") << u'\n';
        return Success;
    }
    std::optional<Session> session = openSession(dataDir, saved->server, saved->caBundle, err);
    if (!session)
        return Failure;
    // Restore first, so that the server can revoke the sign-in; offline it is only forgotten.
    await([&](QObject* context, Auth::Callback done) {
        session->auth->restore(session->account, context, std::move(done));
    });
    std::optional<ApiError> problem;
    QEventLoop loop;
    session->auth->signOut(&loop, [&](const std::optional<ApiError>& error) {
        problem = error;
        loop.quit();
    });
    loop.exec();
    if (Status cleared = SavedSignIn::clear(syncStore); !cleared) {
        err << cleared.error().message << u'\n';
        return Failure;
    }
    out << QCoreApplication::translate("kenshuctl", "Signed out.") << u'\n';
    if (problem)
        err << problem->message << u'\n';
    return Success;
}

} // namespace kenshu::cli
