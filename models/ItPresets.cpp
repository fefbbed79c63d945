#include "ItPresets.h"

#include <QCoreApplication>
#include <QSettings>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// INI files hold "true"; the Windows registry may hold the DWORD 1 as well.
bool isTrue(const QVariant& value)
{
    const QString text = value.toString().trimmed().toLower();
    return text == "true"_L1 || text == "1"_L1 || text == "yes"_L1;
}

} // namespace

ItPresets ItPresets::system()
{
    const QSettings settings(QSettings::NativeFormat, QSettings::SystemScope,
                             QCoreApplication::organizationName(),
                             QCoreApplication::applicationName());
    return ItPresets(settings);
}

ItPresets ItPresets::fromFile(const QString& iniFile)
{
    const QSettings settings(iniFile, QSettings::IniFormat);
    return ItPresets(settings);
}

ItPresets::ItPresets(const QSettings& settings)
{
    m_serverUrl = QUrl(settings.value(u"Sync/serverUrl"_s).toString().trimmed());
    m_caBundle = settings.value(u"Sync/caBundle"_s).toString().trimmed();
    m_passwordResetUrl = QUrl(settings.value(u"Sync/passwordResetUrl"_s).toString().trimmed());
    // A lock without a value to hold would lock the user out of signing in at all.
    m_serverUrlLocked = isTrue(settings.value(u"Sync/locked"_s)) && !m_serverUrl.isEmpty();
    if (const QVariant update = settings.value(u"Updates/autoUpdate"_s); update.isValid()) {
        m_autoUpdate = isTrue(update);
        m_autoUpdateLocked = isTrue(settings.value(u"Updates/locked"_s));
    }
}

QUrl ItPresets::passwordResetUrl(const QUrl& server) const
{
    if (!m_passwordResetUrl.isEmpty())
        return m_passwordResetUrl;
    if (server.isEmpty())
        return {};
    QUrl page = server.adjusted(QUrl::StripTrailingSlash);
    page.setPath(page.path() + u"/password-reset"_s);
    return page;
}

} // namespace kenshu
