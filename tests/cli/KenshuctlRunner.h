// Running the real kenshuctl binary from the CLI tests.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <ostream>

namespace kenshu::testing {

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

// Exit code and both outputs, for failure messages.
void PrintTo(const CtlRun& run, std::ostream* os);

// The system environment in English, with `home` as HOME and XDG homes and no KENSHU_DATA_DIR,
// so that a test never touches the user's data folder.
QProcessEnvironment kenshuctlEnvironment(const QString& home);

// Runs kenshuctl (KENSHU_CTL_PATH) to completion with `input` on its standard input; a crash
// or a hang fails the test.
CtlRun runKenshuctl(const QStringList& arguments, const QProcessEnvironment& environment,
                    const QByteArray& input = {});

} // namespace kenshu::testing
