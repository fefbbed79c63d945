// kenshu-server: the reference central server (docs/server.md). Composition root only.
#include "AdminCommands.h"
#include "ServeCommand.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kenshu-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KENSHU_SERVER_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == QLatin1StringView("serve"))
        return kenshu::server::runServe(rest);
    if (command == QLatin1StringView("admin"))
        return kenshu::server::runAdmin(rest);
    if (command == QLatin1StringView("--version")) {
        std::printf("kenshu-server %s\n", KENSHU_SERVER_VERSION);
        return 0;
    }
    std::fputs(qPrintable(QCoreApplication::translate(
                   "main", "Usage: kenshu-server serve|admin … (see docs/server.md)\n")),
               stderr);
    return 2;
}
