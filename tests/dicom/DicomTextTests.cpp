// Dicom_DicomTextTest: decoding DICOM strings under their Specific Character Set; the
// Japanese examples are those of PS3.5 Annex H.
#include "DicomText.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

TEST(Dicom_DicomTextTest, DefaultRepertoireAndUtf8)
{
    EXPECT_EQ(decodeDicomText("LCA RAO 30", {}), u"LCA RAO 30"_s);
    EXPECT_EQ(decodeDicomText(u"冠動脈造影"_s.toUtf8(), {u"ISO_IR 192"_s}), u"冠動脈造影"_s);
    EXPECT_EQ(decodeDicomText("Stra\xdf"
                              "e",
                              {u"ISO_IR 100"_s}),
              u"Straße"_s);
}

TEST(Dicom_DicomTextTest, JapaneseKanjiWithIso2022Ir87)
{
    // PS3.5 H.3.1: Yamada^Tarou=山田^太郎=やまだ^たろう
    const QByteArray raw = "Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=\x1b$B$d$^$@\x1b(B^"
                           "\x1b$B$?$m$&\x1b(B";
    EXPECT_EQ(decodeDicomText(raw, {QString(), u"ISO 2022 IR 87"_s}),
              u"Yamada^Tarou=山田^太郎=やまだ^たろう"_s);
}

TEST(Dicom_DicomTextTest, JapaneseKatakanaAndKanjiWithIr13AndIr87)
{
    // PS3.5 H.3.2: ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう
    const QByteArray raw = "\xd4\xcf\xc0\xde^\xc0\xdb\xb3=\x1b$B;3ED\x1b(J^\x1b$BB@O:\x1b(J="
                           "\x1b$B$d$^$@\x1b(J^\x1b$B$?$m$&\x1b(J";
    EXPECT_EQ(decodeDicomText(raw, {u"ISO 2022 IR 13"_s, u"ISO 2022 IR 87"_s}),
              u"ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"_s);
}

TEST(Dicom_DicomTextTest, SupplementaryKanjiWithIr159)
{
    // JIS X 0212 0x3021 is 丂 (U+4E02).
    EXPECT_EQ(decodeDicomText("\x1b$(D0!\x1b(B", {QString(), u"ISO 2022 IR 159"_s}), u"丂"_s);
}

TEST(Dicom_DicomTextTest, KoreanWithIso2022Ir149)
{
    // PS3.5 I.2: Hong^Gildong=洪^吉洞=홍^길동
    const QByteArray raw = "Hong^Gildong=\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7=\x1b$)C\xc8\xab^"
                           "\x1b$)C\xb1\xe6\xb5\xbf";
    EXPECT_EQ(decodeDicomText(raw, {QString(), u"ISO 2022 IR 149"_s}),
              u"Hong^Gildong=洪^吉洞=홍^길동"_s);
}
