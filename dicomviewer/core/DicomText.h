#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kenshu {

// Decodes a DICOM string value (raw bytes) under its Specific Character Set (0008,0005),
// given as the list of its values. Covers the single-byte sets (ISO_IR 6/100/.../13), UTF-8
// (ISO_IR 192), GB18030/GBK, and the ISO 2022 code extensions that Japanese and Korean
// equipment uses (ISO 2022 IR 13, IR 87, IR 159, IR 149), following PS3.5 6.1.2.5: escape
// sequences switch the G0/G1 sets, and delimiters (^ = \ CR LF TAB FF) return single-byte text
// to the initial set. DCMTK's own conversion relies on the platform's iconv, which on Debian
// cannot decode IR 87, hence this.
QString decodeDicomText(const QByteArray& raw, const QStringList& specificCharacterSet);

} // namespace kenshu
