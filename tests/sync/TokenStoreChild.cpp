// token_store_child SERVICE ACCOUNT write TOKEN | read | delete
// One TokenStore operation in a process of its own, as the application makes it (same
// organisation and application names, so QSettings and the data folder are the app's), for
// Sync_TokenStoreTest: reading back from another process proves the keychain really stored the
// token, and a process without a D-Bus session shows the no-keychain path. Prints
// "status=<name>", "session-only=<0|1>", "token=<token>" and "message=<text>", one per line.
#include "Settings.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

QString statusName(kenshu::TokenResult::Status status)
{
    switch (status) {
    case kenshu::TokenResult::Status::Ok:
        return u"Ok"_s;
    case kenshu::TokenResult::Status::NotFound:
        return u"NotFound"_s;
    case kenshu::TokenResult::Status::KeychainUnavailable:
        return u"KeychainUnavailable"_s;
    case kenshu::TokenResult::Status::Denied:
        return u"Denied"_s;
    case kenshu::TokenResult::Status::Failed:
        break;
    }
    return u"Failed"_s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Kenshu"_s);
    QCoreApplication::setApplicationName(u"Kenshu"_s);
    const QStringList arguments = QCoreApplication::arguments();
    const QString operation = arguments.value(3);
    if (arguments.size() < 4 || (operation == "write"_L1 && arguments.size() < 5))
        return 2;

    // The app keeps its settings next to the keychain use; a real settings file gets scanned.
    kenshu::Settings().setValue(kenshu::Settings::Key::MemberName, u"Test Member"_s);

    const kenshu::TokenStore store(arguments[1]);
    const QString& account = arguments[2];
    int exitCode = 0;
    const auto report = [&](const kenshu::TokenResult& result) {
        QTextStream out(stdout);
        out << "status=" << statusName(result.status) << '\n'
            << "session-only=" << (result.sessionOnly() ? 1 : 0) << '\n'
            << "token=" << result.token << '\n'
            << "message=" << result.message << '\n';
        out.flush();
        QCoreApplication::exit(exitCode);
    };
    if (operation == "write"_L1)
        store.writeToken(account, arguments[4], &app, report);
    else if (operation == "read"_L1)
        store.readToken(account, &app, report);
    else if (operation == "delete"_L1)
        store.deleteToken(account, &app, report);
    else
        return 2;
    return QCoreApplication::exec();
}
