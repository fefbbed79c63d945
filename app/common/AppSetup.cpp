#include "AppSetup.h"

#include "DicomImportFormat.h"
#include "PdfImportFormat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// The embedded files live in libraries that no code calls into; naming their initialisers
// keeps the linker from dropping them. Q_INIT_RESOURCE must be used outside a namespace.
static void initEmbeddedResources()
{
    Q_INIT_RESOURCE(kenshu_i18n);
    Q_INIT_RESOURCE(kenshu_icons);
}

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

QString applicationVersion()
{
    return QStringLiteral(KENSHU_VERSION);
}

void setUpApplication(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(u"Kenshu"_s);
    QCoreApplication::setOrganizationDomain(u"kenshu.example.org"_s);
    QCoreApplication::setApplicationName(u"Kenshu"_s);
    QCoreApplication::setApplicationVersion(applicationVersion());
    initEmbeddedResources();

    const QLocale locale;
    // Locales we have no translation for get English (with proper plural forms).
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, u"kenshu"_s, u"_"_s, u":/i18n"_s) ||
        ours->load(u"kenshu_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(
        u"data-dir"_s,
        QCoreApplication::translate("AppSetup",
                                    "Data folder (default: $KENSHU_DATA_DIR, else the user's "
                                    "application data folder)."),
        QCoreApplication::translate("AppSetup", "DIR"));
}

CaseImporter::Formats defaultImportFormats()
{
    return {std::make_shared<DicomImportFormat>(), std::make_shared<PdfImportFormat>()};
}

} // namespace kenshu
