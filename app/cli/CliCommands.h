#pragma once

#include <QStringList>
#include <QTextStream>

namespace kenshu::cli {

// Exit codes of kenshuctl, as documented in --help.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Each command takes its own arguments (after the command name) and the data folder.
int runImport(const QStringList& arguments, const QString& dataDir, QTextStream& out,
              QTextStream& err);
int runCases(const QStringList& arguments, const QString& dataDir, QTextStream& out,
             QTextStream& err);

} // namespace kenshu::cli
