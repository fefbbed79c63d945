// The local profile in Settings stands for the signed-in user until sync exists.
#include "LocalProfile.h"
#include "QtPrinters.h"
#include "Settings.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

class Models_LocalProfileTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    Settings settings() const { return Settings(m_dir.filePath(u"settings.ini"_s)); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Models_LocalProfileTest, AnEmptyProfileIsAResidentWithoutNumber)
{
    const Actor actor = localActor(settings());
    EXPECT_EQ(actor.role, Role::Resident);
    EXPECT_EQ(actor.memberId, QString());
}

TEST_F(Models_LocalProfileTest, TheProfileNamesTheActor)
{
    {
        Settings written = settings();
        written.setValue(Settings::Key::MemberNumber, u" 654321 "_s);
        written.setValue(Settings::Key::MemberName, u"山田 花子"_s);
        written.setValue(Settings::Key::Role, u"supervisor"_s);
    }
    const Settings read = settings();
    const Actor actor = localActor(read);
    EXPECT_EQ(actor.role, Role::Supervisor);
    EXPECT_EQ(actor.memberId, u"654321"_s);
    EXPECT_EQ(read.value(Settings::Key::MemberName).toString(), u"山田 花子"_s);
}

TEST_F(Models_LocalProfileTest, OnlyTheThreeProfileRolesAreTaken)
{
    const std::pair<QString, Role> cases[] = {
        {u"resident"_s, Role::Resident},   {u"supervisor"_s, Role::Supervisor},
        {u"director"_s, Role::Director},   {u"admin"_s, Role::Resident},
        {u"Supervisor"_s, Role::Resident}, {u""_s, Role::Resident},
    };
    for (const auto& [name, role] : cases) {
        Settings written = settings();
        written.setValue(Settings::Key::Role, name);
        EXPECT_EQ(localActor(written).role, role) << name.toStdString();
    }
}
