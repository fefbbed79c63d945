#pragma once

#include <QSettings>
#include <QVariant>
#include <memory>

namespace kenshu {

// Typed access to user settings: every key with its name and default in one table
// (Settings.cpp), so there are no stray string keys. Tests pass their own QSettings file.
class Settings final
{
public:
    enum class Key {
        // The local profile: who the user is until sync signs them in (see LocalProfile.h).
        MemberNumber, // the local user's member number, for case titles
        MemberName,
        Role, // "resident", "supervisor" or "director"
        MainWindowGeometry,
        MainWindowState,
        LastImportFolder,
    };

    Settings();                                // the application's user settings
    explicit Settings(const QString& iniFile); // a separate file (tests)

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kenshu
