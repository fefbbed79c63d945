#include "ContentSniffer.h"

namespace kenshu::server {

using namespace Qt::Literals::StringLiterals;

QString contentKind(const QByteArray& head)
{
    if (head.size() >= kSniffBytes && head.mid(128, 4) == "DICM")
        return u"dicom"_s;
    if (head.startsWith("%PDF-"))
        return u"pdf"_s;
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return u"png"_s;
    return {};
}

} // namespace kenshu::server
