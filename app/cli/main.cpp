// kenshuctl: the command-line twin of the Kenshu GUI. Same libraries, no QtWidgets.
#include "AppSetup.h"
#include "CliCommands.h"
#include "DataLocation.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Text drawings are laid out with fonts, which need a QGuiApplication. Only the drawing
// commands get one: a GUI platform costs start-up time and may print warnings (no
// XDG_RUNTIME_DIR) that scripts reading the other commands' output should not see.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    const bool drawing = std::any_of(argv + 1, argv + argc, [](const char* argument) {
        return std::strcmp(argument, "annotate") == 0 || std::strcmp(argument, "gsps") == 0;
    });
    if (!drawing)
        return std::make_unique<QCoreApplication>(argc, argv);
    // kenshuctl never shows a window, so it needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    kenshu::setUpApplication(*app);
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
        "  annotate FILE [--frame N] --annotations A.json --out OUT.png\n"
        "                                              a frame with its drawings burned in\n"
        "  gsps FILE --annotations A.json --out OUT_PR.dcm\n"
        "                                              the drawings as a DICOM GSPS file\n"
        "  deidentify IN OUT                           de-identified copies of DICOM files\n"
        "                                              (a file or a folder; for sharing)\n"
        "  login --server URL --email E [--password-stdin] [--ca-bundle F]\n"
        "                                              sign in (remembered in the keychain)\n"
        "  sync [--json] [--confirm-burned-in]         upload files, push local changes, pull\n"
        "                                              the server's\n"
        "  logout                                      sign out and forget the sign-in\n"
        "  upload FILE... [--confirm-burned-in]        upload blobs (DICOM de-identified first)\n"
        "  fetch STUDY-ID                              download a study's files\n"
        "  bench decode FILE [--threads N]             decoding speed as one JSON line\n\n"
        "Exit codes: 0 done, 1 some file rejected or an error, 2 usage error."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption = kenshu::dataDirOption();
    parser.addOption(dataDirOption);
    parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate(
            "kenshuctl",
            "import, cases, records, render, annotate, gsps, deidentify, login, sync, logout, "
            "upload or bench"));
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
    if (command == "annotate"_L1)
        return kenshu::cli::runAnnotate(positional, out, err);
    if (command == "gsps"_L1)
        return kenshu::cli::runGsps(positional, out, err);
    if (command == "deidentify"_L1)
        return kenshu::cli::runDeidentify(positional, dataDir, out, err);
    if (command == "login"_L1)
        return kenshu::cli::runLogin(positional, dataDir, out, err);
    if (command == "sync"_L1)
        return kenshu::cli::runSync(positional, dataDir, out, err);
    if (command == "logout"_L1)
        return kenshu::cli::runLogout(positional, dataDir, out, err);
    if (command == "upload"_L1)
        return kenshu::cli::runUpload(positional, dataDir, out, err);
    if (command == "fetch"_L1)
        return kenshu::cli::runFetch(positional, dataDir, out, err);
    if (command == "bench"_L1)
        return kenshu::cli::runBench(positional, out, err);
    err << QCoreApplication::translate("kenshuctl", "Unknown command: %1").arg(command) << u'\n'
        << parser.helpText();
    return kenshu::cli::UsageError;
}
