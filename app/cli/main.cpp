// kenshuctl: the command-line twin of the Kenshu GUI. Same libraries, no QtWidgets.
#include "AppSetup.h"
#include "CliCommands.h"
#include "DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    kenshu::setUpApplication(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl",
        "Kenshu from the command line.\n\nCommands:\n"
        "  import --case TITLE [--note TEXT] PATH...   import DICOM/DICOMDIR/PDF into a case\n"
        "  cases [--json]                              list the cases\n"
        "  records [--type T] [--json]                 list local records, sync state\n"
        "  render FILE --frame N --out OUT.png|pgm|ppm [--window C,W]\n"
        "                                              render one frame as the viewer does\n"
        "  bench decode FILE [--threads N]             decoding speed as one JSON line\n\n"
        "Exit codes: 0 done, 1 some file rejected or an error, 2 usage error."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption = kenshu::dataDirOption();
    parser.addOption(dataDirOption);
    parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate("kenshuctl", "import, cases, records, render or bench"));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << u'\n';
        return kenshu::cli::UsageError;
    }
    if (parser.isSet(u"version"_s)) {
        out << u"kenshuctl "_s << kenshu::applicationVersion() << u'\n';
        return kenshu::cli::Success;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(u"help"_s) || positional.isEmpty()) {
        out << parser.helpText();
        return positional.isEmpty() && !parser.isSet(u"help"_s) ? kenshu::cli::UsageError
                                                                : kenshu::cli::Success;
    }

    const QString command = positional.takeFirst();
    const QString dataDir = kenshu::resolveDataDir(parser.value(dataDirOption));
    if (command == "import"_L1)
        return kenshu::cli::runImport(positional, dataDir, out, err);
    if (command == "cases"_L1)
        return kenshu::cli::runCases(positional, dataDir, out, err);
    if (command == "records"_L1)
        return kenshu::cli::runRecords(positional, dataDir, out, err);
    if (command == "render"_L1)
        return kenshu::cli::runRender(positional, out, err);
    if (command == "bench"_L1)
        return kenshu::cli::runBench(positional, out, err);
    err << QCoreApplication::translate("kenshuctl", "Unknown command: %1").arg(command) << u'\n'
        << parser.helpText();
    return kenshu::cli::UsageError;
}
