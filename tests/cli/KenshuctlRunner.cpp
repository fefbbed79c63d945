#include "KenshuctlRunner.h"

#include <QDir>
#include <QProcess>
#include <gtest/gtest.h>

#ifndef KENSHU_CTL_PATH
#error "KENSHU_CTL_PATH must be the path of the kenshuctl binary"
#endif

using namespace Qt::Literals::StringLiterals;

namespace kenshu::testing {

void PrintTo(const CtlRun& run, std::ostream* os)
{
    *os << "exit " << run.exitCode << "\n--- stdout\n"
        << run.out.toStdString() << "--- stderr\n"
        << run.err.toStdString();
}

QProcessEnvironment kenshuctlEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KENSHU_DATA_DIR"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, QDir(home).filePath(u".local/share"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, QDir(home).filePath(u".config"_s));
    return env;
}

CtlRun runKenshuctl(const QStringList& arguments, const QProcessEnvironment& environment,
                    const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KENSHU_CTL_PATH), arguments);
    CtlRun result;
    if (!process.waitForStarted()) {
        ADD_FAILURE() << "kenshuctl did not start: " << process.errorString().toStdString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "kenshuctl did not finish";
    }
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "kenshuctl crashed";
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace kenshu::testing
