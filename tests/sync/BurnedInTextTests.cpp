// Sync_BurnedInTextTest: which images need the user's look before upload.
#include "BurnedInText.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using kenshu::deid::needsBurnedInTextConfirmation;

namespace {

const QString kXaClass = u"1.2.840.10008.5.1.4.1.1.12.1"_s;
const QString kUsClass = u"1.2.840.10008.5.1.4.1.1.6.1"_s;
const QString kScClass = u"1.2.840.10008.5.1.4.1.1.7"_s;

} // namespace

TEST(Sync_BurnedInTextTest, FollowsBurnedInAnnotationWhenPresent)
{
    EXPECT_TRUE(needsBurnedInTextConfirmation({u"YES"_s, u"XA"_s, kXaClass}));
    EXPECT_TRUE(needsBurnedInTextConfirmation({u" yes"_s, u"XA"_s, kXaClass}));
    EXPECT_FALSE(needsBurnedInTextConfirmation({u"NO"_s, u"US"_s, kUsClass}));
    EXPECT_FALSE(needsBurnedInTextConfirmation({u"NO"_s, u"XA"_s, kXaClass}));
}

TEST(Sync_BurnedInTextTest, AsksForTextProneImagesWithoutTheAttribute)
{
    for (const QString& modality : {u"US"_s, u"IVUS"_s, u"SC"_s, u"OT"_s, u"XC"_s, u"ES"_s})
        EXPECT_TRUE(needsBurnedInTextConfirmation({QString(), modality, QString()}))
            << modality.toStdString();
    EXPECT_TRUE(needsBurnedInTextConfirmation({QString(), u"XA"_s, kScClass}));
    EXPECT_TRUE(needsBurnedInTextConfirmation({QString(), u"XA"_s, kScClass + u".2"}));
    EXPECT_TRUE(needsBurnedInTextConfirmation({QString(), QString(), kUsClass}));
}

TEST(Sync_BurnedInTextTest, TrustsDetectorImagesWithoutTheAttribute)
{
    EXPECT_FALSE(needsBurnedInTextConfirmation({QString(), u"XA"_s, kXaClass}));
    EXPECT_FALSE(
        needsBurnedInTextConfirmation({QString(), u"CT"_s, u"1.2.840.10008.5.1.4.1.1.2"_s}));
    // A class that merely starts with the same digits is not a secondary capture.
    EXPECT_FALSE(
        needsBurnedInTextConfirmation({QString(), u"XA"_s, u"1.2.840.10008.5.1.4.1.1.77.1"_s}));
}
