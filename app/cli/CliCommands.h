#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace kenshu::cli {

// Exit codes of kenshuctl, as documented in --help.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Parses a subcommand's arguments. Returns the exit code when the command is done already: a
// usage error (printed with the help on `err`) or --help (the help printed on `out`); nullopt
// when the command should run.
std::optional<int> parseCommand(QCommandLineParser& parser, const QString& command,
                                const QStringList& arguments, QTextStream& out, QTextStream& err);

// Each command takes its own arguments (after the command name) and the data folder.
int runImport(const QStringList& arguments, const QString& dataDir, QTextStream& out,
              QTextStream& err);
int runCases(const QStringList& arguments, const QString& dataDir, QTextStream& out,
             QTextStream& err);
int runRecords(const QStringList& arguments, const QString& dataDir, QTextStream& out,
               QTextStream& err);
int runRender(const QStringList& arguments, QTextStream& out, QTextStream& err);
// Need a QGuiApplication: text drawings are laid out with the viewer's font.
int runAnnotate(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runGsps(const QStringList& arguments, QTextStream& out, QTextStream& err);
// Makes de-identified copies; the UID remapping key lives in the data folder.
int runDeidentify(const QStringList& arguments, const QString& dataDir, QTextStream& out,
                  QTextStream& err);
// Sign-in and sync with a Kenshu server (the refresh token lives in the system keychain).
int runLogin(const QStringList& arguments, const QString& dataDir, QTextStream& out,
             QTextStream& err);
int runSync(const QStringList& arguments, const QString& dataDir, QTextStream& out,
            QTextStream& err);
int runLogout(const QStringList& arguments, const QString& dataDir, QTextStream& out,
              QTextStream& err);
int runUpload(const QStringList& arguments, const QString& dataDir, QTextStream& out,
              QTextStream& err);
// Downloads the files of a study record that the data folder does not have.
int runFetch(const QStringList& arguments, const QString& dataDir, QTextStream& out,
             QTextStream& err);
int runBench(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace kenshu::cli
