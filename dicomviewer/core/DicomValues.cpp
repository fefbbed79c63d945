#include "DicomValues.h"

#include "DicomText.h"

#include <cstdlib>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace kenshu {

int dicomInt(DcmItem& item, const DcmTagKey& tag, int fallback)
{
    // Let DCMTK render any VR as text, then parse: one path for US (Rows) and IS (frames).
    OFString text;
    if (item.findAndGetOFString(tag, text).bad())
        return fallback;
    bool ok = false;
    const int parsed = QString::fromLatin1(text.c_str()).trimmed().toInt(&ok);
    return ok ? parsed : fallback;
}

std::optional<double> dicomDecimal(DcmItem& item, const DcmTagKey& tag)
{
    Float64 value = 0;
    if (item.findAndGetFloat64(tag, value).good())
        return double(value);
    // IS attributes (Cine Rate, Recommended Display Frame Rate) are text to DCMTK.
    OFString text;
    if (item.findAndGetOFString(tag, text).bad())
        return std::nullopt;
    char* end = nullptr;
    const double parsed = std::strtod(text.c_str(), &end);
    if (end == text.c_str())
        return std::nullopt;
    return parsed;
}

QStringList dicomCharacterSet(DcmItem& item)
{
    OFString value;
    if (item.findAndGetOFStringArray(DCM_SpecificCharacterSet, value).bad())
        return {};
    return QString::fromLatin1(value.c_str()).split(u'\\');
}

QString dicomText(DcmItem& item, const DcmTagKey& tag, const QStringList& characterSet)
{
    const char* value = nullptr;
    Uint32 length = 0;
    if (item.findAndGetString(tag, value, length).bad() || !value)
        return {};
    return decodeDicomText(QByteArray(value, qsizetype(length)), characterSet).trimmed();
}

} // namespace kenshu
