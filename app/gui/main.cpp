// kenshu: the desktop application. Composition root only: options, data folder, main window.
#include "AppSetup.h"
#include "DataLocation.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    kenshu::setUpApplication(app);
    QApplication::setDesktopFileName(u"org.kenshu.Kenshu"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("kenshu", "Supervised clinical training: cases, angiography "
                                              "review, reports and approval."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption = kenshu::dataDirOption();
    parser.addOption(dataDirOption);
    parser.process(app);

    kenshu::Settings settings;
    kenshu::MainWindow window(kenshu::resolveDataDir(parser.value(dataDirOption)),
                              kenshu::defaultImportFormats(), settings);
    window.show();
    return QApplication::exec();
}
