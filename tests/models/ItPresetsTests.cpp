// IT presets from the system-wide settings, read from generated settings files.
#include "ItPresets.h"
#include "QtPrinters.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

class Models_ItPresetsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    ItPresets presets(const QByteArray& ini)
    {
        const QString path = m_dir.filePath(u"Kenshu.conf"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(ini);
        file.close();
        return ItPresets::fromFile(path);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Models_ItPresetsTest, NothingPresetLeavesEverythingToTheUser)
{
    const ItPresets none = presets({});
    EXPECT_TRUE(none.serverUrl().isEmpty());
    EXPECT_FALSE(none.serverUrlLocked());
    EXPECT_EQ(none.caBundle(), QString());
    EXPECT_FALSE(none.autoUpdate().has_value());
    EXPECT_FALSE(none.autoUpdateLocked());
}

TEST_F(Models_ItPresetsTest, AServerPresetWithoutLockIsADefault)
{
    const ItPresets preset = presets("[Sync]\nserverUrl=https://kenshu.example-hospital.jp\n");
    EXPECT_EQ(preset.serverUrl(), QUrl(u"https://kenshu.example-hospital.jp"_s));
    EXPECT_FALSE(preset.serverUrlLocked());
}

TEST_F(Models_ItPresetsTest, ALockedServerCannotBeChanged)
{
    const ItPresets preset = presets("[Sync]\nserverUrl=https://kenshu.example-hospital.jp/k\n"
                                     "caBundle=/etc/kenshu/hospital-ca.pem\nlocked=true\n");
    EXPECT_TRUE(preset.serverUrlLocked());
    EXPECT_EQ(preset.caBundle(), u"/etc/kenshu/hospital-ca.pem"_s);
}

TEST_F(Models_ItPresetsTest, ALockWithoutAServerLocksNothing)
{
    // Locking an empty address would leave the user no way to sign in at all.
    EXPECT_FALSE(presets("[Sync]\nlocked=true\n").serverUrlLocked());
}

TEST_F(Models_ItPresetsTest, RegistryStyleOneCountsAsTrue)
{
    const ItPresets preset =
        presets("[Sync]\nserverUrl=https://k.example.org\nlocked=1\n[Updates]\nautoUpdate=0\n"
                "locked=1\n");
    EXPECT_TRUE(preset.serverUrlLocked());
    ASSERT_TRUE(preset.autoUpdate().has_value());
    EXPECT_FALSE(*preset.autoUpdate());
    EXPECT_TRUE(preset.autoUpdateLocked());
}

TEST_F(Models_ItPresetsTest, AutoUpdateOffIsPreset)
{
    const ItPresets preset = presets("[Updates]\nautoUpdate=false\n");
    ASSERT_TRUE(preset.autoUpdate().has_value());
    EXPECT_FALSE(*preset.autoUpdate());
    EXPECT_FALSE(preset.autoUpdateLocked());
}

TEST_F(Models_ItPresetsTest, PasswordResetIsOnTheServerUnlessItSaysOtherwise)
{
    const ItPresets none = presets({});
    EXPECT_EQ(none.passwordResetUrl(QUrl(u"https://k.example.org/kenshu/"_s)),
              QUrl(u"https://k.example.org/kenshu/password-reset"_s));
    EXPECT_TRUE(none.passwordResetUrl(QUrl()).isEmpty());
    const ItPresets own =
        presets("[Sync]\npasswordResetUrl=https://id.example-hospital.jp/reset\n");
    EXPECT_EQ(own.passwordResetUrl(QUrl(u"https://k.example.org"_s)),
              QUrl(u"https://id.example-hospital.jp/reset"_s));
}
