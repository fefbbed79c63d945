// Sync_BasicProfileTest: the action table reads like PS3.15 Table E.1-1 and the combined codes
// resolve so that the attribute is kept in the most harmless valid form.
#include "BasicProfile.h"

#include <QSet>
#include <gtest/gtest.h>
#include <string>

using kenshu::deid::basicProfileRule;
using kenshu::deid::basicProfileRules;
using kenshu::deid::DeidOperation;
using kenshu::deid::operationFor;
using kenshu::deid::ProfileAction;

namespace {

ProfileAction actionOf(quint16 group, quint16 element)
{
    const auto rule = basicProfileRule(group, element);
    EXPECT_TRUE(rule.has_value()) << std::hex << group << "," << element;
    return rule ? rule->action : ProfileAction::X;
}

} // namespace

TEST(Sync_BasicProfileTest, TableIsSortedWithoutDuplicates)
{
    const auto& rules = basicProfileRules();
    ASSERT_GT(rules.size(), 600u);
    QSet<QString> keywords;
    for (size_t i = 1; i < rules.size(); ++i) {
        const quint32 previous = (quint32(rules[i - 1].group) << 16) | rules[i - 1].element;
        const quint32 current = (quint32(rules[i].group) << 16) | rules[i].element;
        EXPECT_LT(previous, current) << rules[i].keyword;
    }
    for (const auto& rule : rules) {
        EXPECT_FALSE(rule.group & 1) << "private tag in the table: " << rule.keyword;
        EXPECT_FALSE(keywords.contains(QString::fromLatin1(rule.keyword))) << rule.keyword;
        keywords.insert(QString::fromLatin1(rule.keyword));
    }
}

TEST(Sync_BasicProfileTest, CoversNamesIdsDatesAddressesInstitutionsAndComments)
{
    EXPECT_EQ(actionOf(0x0010, 0x0010), ProfileAction::Z);     // Patient's Name
    EXPECT_EQ(actionOf(0x0010, 0x0020), ProfileAction::ZD);    // Patient ID
    EXPECT_EQ(actionOf(0x0010, 0x0030), ProfileAction::Z);     // Patient's Birth Date
    EXPECT_EQ(actionOf(0x0010, 0x1040), ProfileAction::X);     // Patient's Address
    EXPECT_EQ(actionOf(0x0008, 0x0080), ProfileAction::XZD);   // Institution Name
    EXPECT_EQ(actionOf(0x0008, 0x0081), ProfileAction::X);     // Institution Address
    EXPECT_EQ(actionOf(0x0008, 0x0090), ProfileAction::Z);     // Referring Physician's Name
    EXPECT_EQ(actionOf(0x0008, 0x1050), ProfileAction::X);     // Performing Physician's Name
    EXPECT_EQ(actionOf(0x0020, 0x4000), ProfileAction::X);     // Image Comments
    EXPECT_EQ(actionOf(0x0008, 0x0020), ProfileAction::Z);     // Study Date
    EXPECT_EQ(actionOf(0x0020, 0x000D), ProfileAction::U);     // Study Instance UID
    EXPECT_EQ(actionOf(0x0008, 0x1155), ProfileAction::U);     // Referenced SOP Instance UID
    EXPECT_EQ(actionOf(0x0008, 0x1140), ProfileAction::XZU);   // Referenced Image Sequence
    EXPECT_EQ(actionOf(0x0088, 0x0200), ProfileAction::X);     // Icon Image Sequence
    EXPECT_EQ(basicProfileRule(0x0008, 0x0060), std::nullopt); // Modality is kept
    EXPECT_EQ(basicProfileRule(0x0028, 0x0010), std::nullopt); // Rows are kept
}

TEST(Sync_BasicProfileTest, RemovesCurvesAndOverlaysInEveryRepeatingGroup)
{
    EXPECT_EQ(actionOf(0x5000, 0x3000), ProfileAction::X);
    EXPECT_EQ(actionOf(0x501E, 0x0010), ProfileAction::X);
    EXPECT_EQ(actionOf(0x6000, 0x3000), ProfileAction::X);
    EXPECT_EQ(actionOf(0x6002, 0x4000), ProfileAction::X);
    EXPECT_EQ(actionOf(0x6002, 0x0010), ProfileAction::X);
    EXPECT_EQ(basicProfileRule(0x6001, 0x3000), std::nullopt); // odd: private, not an overlay
    EXPECT_EQ(basicProfileRule(0x7FE0, 0x0010), std::nullopt); // Pixel Data is kept
}

TEST(Sync_BasicProfileTest, KeepsAttributesInTheMostHarmlessValidForm)
{
    // Plain attributes.
    EXPECT_EQ(operationFor(ProfileAction::X, false, false), DeidOperation::Remove);
    EXPECT_EQ(operationFor(ProfileAction::Z, false, false), DeidOperation::Empty);
    EXPECT_EQ(operationFor(ProfileAction::XZ, false, false), DeidOperation::Empty);
    EXPECT_EQ(operationFor(ProfileAction::D, false, false), DeidOperation::Dummy);
    EXPECT_EQ(operationFor(ProfileAction::ZD, false, false), DeidOperation::Dummy);
    EXPECT_EQ(operationFor(ProfileAction::XD, false, false), DeidOperation::Dummy);
    EXPECT_EQ(operationFor(ProfileAction::XZD, false, false), DeidOperation::Dummy);
    // UIDs: a dummy UID is a remapped one.
    EXPECT_EQ(operationFor(ProfileAction::U, true, false), DeidOperation::RemapUids);
    EXPECT_EQ(operationFor(ProfileAction::D, true, false), DeidOperation::RemapUids);
    // Sequences: emptied, except reference sequences, whose items are de-identified.
    EXPECT_EQ(operationFor(ProfileAction::X, false, true), DeidOperation::Remove);
    EXPECT_EQ(operationFor(ProfileAction::D, false, true), DeidOperation::Empty);
    EXPECT_EQ(operationFor(ProfileAction::XZD, false, true), DeidOperation::Empty);
    EXPECT_EQ(operationFor(ProfileAction::XZU, false, true), DeidOperation::CleanItems);
}
