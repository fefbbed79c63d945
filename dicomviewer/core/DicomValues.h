#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class DcmItem;
class DcmTagKey;

namespace kenshu {

// Reading attribute values of any VR the way Kenshu needs them; one place, so that the
// importer, the decoder and the viewer read a file alike.

// An integer from US, SS, UL, SL or IS; `fallback` when absent or not a number.
int dicomInt(DcmItem& item, const DcmTagKey& tag, int fallback);
// A number from FD, FL, DS or IS.
std::optional<double> dicomDecimal(DcmItem& item, const DcmTagKey& tag);
// The values of Specific Character Set (0008,0005).
QStringList dicomCharacterSet(DcmItem& item);
// A string value decoded under `characterSet` (see decodeDicomText), trimmed.
QString dicomText(DcmItem& item, const DcmTagKey& tag, const QStringList& characterSet = {});

} // namespace kenshu
