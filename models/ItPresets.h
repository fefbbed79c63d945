#pragma once

#include <QString>
#include <QUrl>
#include <optional>

class QSettings;

namespace kenshu {

// What IT set for every user of this computer, in the system-wide settings (QSettings system
// scope: /etc/xdg/Kenshu/Kenshu.conf on Linux, HKEY_LOCAL_MACHINE\Software\Kenshu\Kenshu on
// Windows). A preset that is not locked is a default the user may change; a locked one they
// cannot. docs/deployment.md lists the keys.
class ItPresets final
{
public:
    // The presets of this computer. Read once at start: they change only with an installer.
    static ItPresets system();
    // The presets in an INI file (tests).
    static ItPresets fromFile(const QString& iniFile);
    explicit ItPresets(const QSettings& settings);
    ItPresets() = default; // nothing preset

    QUrl serverUrl() const { return m_serverUrl; }
    bool serverUrlLocked() const { return m_serverUrlLocked; }
    // PEM file of CA certificates trusted besides the system's; empty: none.
    QString caBundle() const { return m_caBundle; }
    // Where "Forgot password" leads for `server`: IT's page if set, else <server>/password-reset.
    QUrl passwordResetUrl(const QUrl& server) const;
    // Automatic updates: nullopt when IT left it to the user.
    std::optional<bool> autoUpdate() const { return m_autoUpdate; }
    bool autoUpdateLocked() const { return m_autoUpdateLocked; }

private:
    QUrl m_serverUrl;
    bool m_serverUrlLocked = false;
    QString m_caBundle;
    QUrl m_passwordResetUrl;
    std::optional<bool> m_autoUpdate;
    bool m_autoUpdateLocked = false;
};

} // namespace kenshu
