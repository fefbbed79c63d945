// Dicom_CieLabTest: colours are encoded as DICOM CIELab (PCS values, D50), as PACS viewers read
// them; reference values from the sRGB/D50 (Bradford) conversion tables.
#include "DicomCieLab.h"

#include <gtest/gtest.h>

using namespace kenshu;

namespace {

struct Lab
{
    double l, a, b;
};

Lab decoded(const std::array<quint16, 3>& value)
{
    return {value[0] * 100.0 / 65535, value[1] * 255.0 / 65535 - 128,
            value[2] * 255.0 / 65535 - 128};
}

} // namespace

TEST(Dicom_CieLabTest, WhiteAndBlackAreTheEndsOfTheLightnessScale)
{
    EXPECT_EQ(dicomLabFromColor(Qt::white), (std::array<quint16, 3>{65535, 32896, 32896}));
    EXPECT_EQ(dicomLabFromColor(Qt::black), (std::array<quint16, 3>{0, 32896, 32896}));
}

TEST(Dicom_CieLabTest, PrimariesMatchTheD50Reference)
{
    const struct
    {
        QColor color;
        Lab lab;
    } cases[] = {{QColor(255, 0, 0), {54.29, 80.80, 69.89}},
                 {QColor(0, 255, 0), {87.82, -79.29, 80.99}},
                 {QColor(0, 0, 255), {29.57, 68.30, -112.03}}};
    for (const auto& [color, expected] : cases) {
        const Lab lab = decoded(dicomLabFromColor(color));
        EXPECT_NEAR(lab.l, expected.l, 0.1) << color.name().toStdString();
        EXPECT_NEAR(lab.a, expected.a, 0.1) << color.name().toStdString();
        EXPECT_NEAR(lab.b, expected.b, 0.1) << color.name().toStdString();
    }
}
