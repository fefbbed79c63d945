// Sync_DatasetDeidentifierTest: details of the dataset walk that files from the test generator
// do not show: unknown attributes, multi-valued UIDs, empty values.
#include "DatasetDeidentifier.h"
#include "DicomWalk.h"
#include "QtPrinters.h"
#include "UidRemapper.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcvrobow.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using kenshu::deid::deidentifyDataset;
using kenshu::deid::UidRemapper;
using kenshu::testing::textOf;

namespace {

const UidRemapper kRemapper(QByteArray(32, 'r'));

} // namespace

TEST(Sync_DatasetDeidentifierTest, RemovesAttributesWhoseContentIsUnknown)
{
    DcmDataset dataset;
    auto* unknown = new DcmOtherByteOtherWord(DcmTag(0x0050, 0x9999, EVR_UN));
    const char text[] = "PHI-HIDDEN";
    unknown->putUint8Array(reinterpret_cast<const Uint8*>(text), sizeof text - 1);
    ASSERT_TRUE(dataset.insert(unknown).good());
    ASSERT_TRUE(dataset.putAndInsertString(DCM_Modality, "XA").good());

    const auto counts = deidentifyDataset(dataset, kRemapper);
    EXPECT_FALSE(dataset.tagExists(DcmTagKey(0x0050, 0x9999)));
    EXPECT_EQ(counts.removed, 1);
    EXPECT_EQ(textOf(dataset, DCM_Modality), u"XA"_s);
}

TEST(Sync_DatasetDeidentifierTest, RemapsEveryValueOfAMultiValuedUid)
{
    DcmDataset dataset;
    ASSERT_TRUE(dataset.putAndInsertString(DCM_FailedSOPInstanceUIDList, "1.2.3\\1.2.4").good());
    ASSERT_TRUE(dataset.putAndInsertString(DCM_SOPClassUID, "1.2.840.10008.5.1.4.1.1.12.1").good());

    const auto counts = deidentifyDataset(dataset, kRemapper);
    EXPECT_EQ(textOf(dataset, DCM_FailedSOPInstanceUIDList),
              kRemapper.remap(u"1.2.3"_s) + u"\\" + kRemapper.remap(u"1.2.4"_s));
    EXPECT_EQ(textOf(dataset, DCM_SOPClassUID), u"1.2.840.10008.5.1.4.1.1.12.1"_s); // a class
    EXPECT_EQ(counts.uidsRemapped, 1);
}

TEST(Sync_DatasetDeidentifierTest, CountsOnlyWhatItChanged)
{
    DcmDataset dataset;
    ASSERT_TRUE(dataset.putAndInsertString(DCM_EvaluatorName, "").good());
    ASSERT_TRUE(dataset.putAndInsertString(DCM_SeriesDescription, "LCA RAO 30").good());

    const auto counts = deidentifyDataset(dataset, kRemapper);
    EXPECT_EQ(counts.emptied, 0); // the empty name was left alone
    EXPECT_EQ(counts.removed, 1); // Series Description (X)
    EXPECT_TRUE(dataset.tagExists(DCM_EvaluatorName));
    EXPECT_EQ(textOf(dataset, DCM_PatientIdentityRemoved), u"YES"_s);
}
