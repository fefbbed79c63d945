#include "Settings.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

struct KeyInfo
{
    Settings::Key key;
    QString name;
    QVariant defaultValue;
};

const KeyInfo& info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::MemberNumber, u"profile/memberNumber"_s, QString()},
        {Settings::Key::MemberName, u"profile/memberName"_s, QString()},
        {Settings::Key::Role, u"profile/role"_s, u"resident"_s},
        {Settings::Key::MainWindowGeometry, u"gui/mainWindowGeometry"_s, QByteArray()},
        {Settings::Key::MainWindowState, u"gui/mainWindowState"_s, QByteArray()},
        {Settings::Key::LastImportFolder, u"gui/lastImportFolder"_s, QString()},
    };
    for (const KeyInfo& entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& entry = info(key);
    return m_settings->value(entry.name, entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(info(key).name, value);
}

} // namespace kenshu
