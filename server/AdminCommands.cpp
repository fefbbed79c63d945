#include "AdminCommands.h"

#include "AccountStore.h"
#include "FacilityStore.h"
#include "ServerDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

QString translate(const char* text)
{
    return QCoreApplication::translate("AdminCommands", text);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "kenshu-server admin: %s\n", qUtf8Printable(message));
    return 1;
}

int succeed(const QJsonObject& result)
{
    QJsonObject line = result;
    line.insert(u"ok"_s, true);
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int finish(const Status& status, const QJsonObject& result)
{
    return status ? succeed(result) : fail(status.error().message);
}

// The first line of standard input (so that passwords stay out of argv and shell history).
QString readPasswordLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

// "2020-04-01:2025-03-31" or "2020-04-01:" (still running).
std::optional<DateRange> parsePeriod(const QString& text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<QDate> start = parseIsoDate(parts[0]);
    const std::optional<QDate> end =
        parts[1].isEmpty() ? std::optional<QDate>(QDate()) : parseIsoDate(parts[1]);
    if (!start || !end)
        return std::nullopt;
    DateRange range{*start, *end};
    return range.isValid() ? std::optional<DateRange>(range) : std::nullopt;
}

} // namespace

int runAdmin(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translate("Manage programs, rooms, members, roles and "
                                               "forms."));
    parser.addPositionalArgument(u"command"_s,
                                 u"create-program|create-room|create-member|assign-role|"
                                 "create-facility|import-form|reset-password"_s);
    parser.addPositionalArgument(u"file"_s, translate("import-form: the form schema JSON."));
    const QCommandLineOption data(u"data"_s, translate("Data directory."), u"DIR"_s);
    const QCommandLineOption db(u"db"_s, translate("PostgreSQL URL."), u"URL"_s);
    const QCommandLineOption id(u"id"_s, translate("Program id."), u"ID"_s);
    const QCommandLineOption name(u"name"_s, translate("Name."), u"NAME"_s);
    const QCommandLineOption kana(u"kana"_s, translate("Name in kana."), u"KANA"_s);
    const QCommandLineOption email(u"email"_s, translate("E-mail address (login)."), u"EMAIL"_s);
    const QCommandLineOption program(u"program"_s, translate("Program id."), u"ID"_s);
    const QCommandLineOption room(u"room"_s, translate("Room id (omit: every room)."), u"ID"_s);
    const QCommandLineOption fiscalYear(u"fiscal-year"_s, translate("Fiscal year."), u"YEAR"_s);
    const QCommandLineOption member(u"member"_s, translate("Member number."), u"NUMBER"_s);
    const QCommandLineOption role(u"role"_s, u"resident|supervisor|director|admin"_s, u"ROLE"_s);
    const QCommandLineOption certified(
        u"certified"_s, translate("Certification period START:END (repeatable)."), u"PERIOD"_s);
    const QCommandLineOption number(u"number"_s, translate("Facility certification number."),
                                    u"NUMBER"_s);
    const QCommandLineOption requiresCredential(
        u"requires-credential"_s,
        translate("create-program: residents register cases and reports only once the director "
                  "has approved their credential."));
    const QCommandLineOption passwordStdin(u"password-stdin"_s,
                                           translate("Read the password from standard input."));
    parser.addOptions({data, db, id, name, kana, email, program, room, fiscalYear, member, role,
                       certified, number, requiresCredential, passwordStdin});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(u"help"_s) || positional.isEmpty())
        parser.showHelp(positional.isEmpty() ? 2 : 0);

    if (!parser.isSet(data))
        return fail(translate("--data DIR is required."));
    const QString dataDir = QDir(parser.value(data)).absolutePath();
    QDir().mkpath(dataDir);
    const Expected<DatabaseConfig> config = DatabaseConfig::fromOptions(dataDir, parser.value(db));
    if (!config)
        return fail(config.error().message);
    ServerDatabase database(*config);
    if (const Status migrated = database.migrate(); !migrated)
        return fail(migrated.error().message);
    const AccountStore accounts(database);

    const QString command = positional.first();
    if (command == "create-program"_L1)
        return finish(accounts.createProgram(parser.value(id), parser.value(name),
                                             parser.isSet(requiresCredential)),
                      {{u"id"_s, parser.value(id)}});
    if (command == "create-room"_L1) {
        const Expected<QString> roomId = accounts.createRoom(
            parser.value(program), parser.value(fiscalYear).toInt(), parser.value(name));
        return roomId ? succeed({{u"id"_s, *roomId}}) : fail(roomId.error().message);
    }
    const auto periods = [&]() -> std::optional<std::vector<DateRange>> {
        std::vector<DateRange> ranges;
        for (const QString& period : parser.values(certified)) {
            const std::optional<DateRange> range = parsePeriod(period);
            if (!range)
                return std::nullopt;
            ranges.push_back(*range);
        }
        return ranges;
    }();
    if (!periods)
        return fail(translate("--certified needs START:END dates (yyyy-MM-dd)."));
    if (command == "create-member"_L1) {
        const MemberInfo info{parser.value(member), parser.value(name), parser.value(kana),
                              parser.value(email), *periods};
        const QString password = parser.isSet(passwordStdin) ? readPasswordLine() : QString();
        if (parser.isSet(passwordStdin) && password.isEmpty())
            return fail(translate("--password-stdin read an empty line."));
        return finish(accounts.createMember(info, password), {{u"id"_s, info.id}});
    }
    if (command == "create-facility"_L1) {
        const Expected<QString> facilityId = FacilityStore(database).createFacility(
            {{}, parser.value(program), parser.value(name), parser.value(number), *periods});
        return facilityId ? succeed({{u"id"_s, *facilityId}}) : fail(facilityId.error().message);
    }
    if (command == "assign-role"_L1) {
        const std::optional<Role> parsedRole = roleFromName(parser.value(role));
        if (!parsedRole)
            return fail(translate("--role must be resident, supervisor, director or admin."));
        return finish(accounts.assignRole(parser.value(member), *parsedRole, parser.value(program),
                                          parser.value(room)),
                      {{u"member"_s, parser.value(member)}});
    }
    if (command == "import-form"_L1) {
        QFile file(positional.value(1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(translate("Cannot read the form file %1.").arg(positional.value(1)));
        const Expected<QString> imported = accounts.importForm(file.readAll());
        return imported ? succeed({{u"form"_s, *imported}}) : fail(imported.error().message);
    }
    if (command == "reset-password"_L1)
        return finish(accounts.resetPassword(parser.value(member), readPasswordLine()),
                      {{u"member"_s, parser.value(member)}});
    return fail(translate("Unknown admin command %1.").arg(command));
}

} // namespace kenshu::server
