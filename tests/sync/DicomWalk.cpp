#include "DicomWalk.h"

#include <QFile>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace kenshu::testing {

std::unique_ptr<DcmFileFormat> loadDicom(const QString& path)
{
    auto file = std::make_unique<DcmFileFormat>();
    if (file->loadFile(QFile::encodeName(path).constData()).bad())
        return nullptr;
    return file;
}

void forEachElement(DcmItem& item, const std::function<void(DcmElement&)>& visit)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        visit(*element);
        if (element->ident() != EVR_SQ)
            continue;
        auto* sequence = static_cast<DcmSequenceOfItems*>(element);
        for (unsigned long j = 0; j < sequence->card(); ++j)
            forEachElement(*sequence->getItem(j), visit);
    }
}

QString textOf(DcmItem& item, const DcmTagKey& tag)
{
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return {};
    return QString::fromUtf8(value.c_str());
}

QByteArray pixelBytes(DcmFileFormat& file)
{
    DcmElement* element = nullptr;
    if (file.getDataset()->findAndGetElement(DCM_PixelData, element).bad())
        return {};
    Uint8* bytes = nullptr;
    if (element->getUint8Array(bytes).bad() || !bytes) {
        Uint16* words = nullptr;
        if (element->getUint16Array(words).bad() || !words)
            return {};
        bytes = static_cast<Uint8*>(static_cast<void*>(words));
    }
    return QByteArray(static_cast<const char*>(static_cast<const void*>(bytes)),
                      qsizetype(element->getLength()));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace kenshu::testing
