#include "DicomFileWriting.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcostrma.h>
#include <dcmtk/dcmdata/dcwcache.h>

namespace kenshu {
namespace {

// DCMTK writes only to files or fixed buffers; collecting the bytes lets QSaveFile do the
// atomic replace on every platform.
class ByteArrayConsumer : public DcmConsumer
{
public:
    explicit ByteArrayConsumer(QByteArray& bytes) : m_bytes(bytes) {}
    OFBool good() const override { return OFTrue; }
    OFCondition status() const override { return EC_Normal; }
    OFBool isFlushed() const override { return OFTrue; }
    offile_off_t avail() const override { return 1 << 30; }
    offile_off_t write(const void* buffer, offile_off_t length) override
    {
        m_bytes.append(static_cast<const char*>(buffer), qsizetype(length));
        return length;
    }
    void flush() override {}

private:
    QByteArray& m_bytes;
};

// The consumer must exist before DcmOutputStream's constructor takes its address.
struct ConsumerHolder
{
    explicit ConsumerHolder(QByteArray& bytes) : consumer(bytes) {}
    ByteArrayConsumer consumer;
};

class ByteArrayOutputStream : private ConsumerHolder, public DcmOutputStream
{
public:
    explicit ByteArrayOutputStream(QByteArray& bytes)
        : ConsumerHolder(bytes), DcmOutputStream(&consumer)
    {
    }
};

} // namespace

Status saveDicomFileAtomically(DcmFileFormat& file, const QString& path)
{
    QByteArray bytes;
    OFCondition status;
    {
        ByteArrayOutputStream stream(bytes);
        DcmWriteCache cache;
        file.transferInit();
        status = file.write(stream, EXS_LittleEndianExplicit, EET_ExplicitLength, &cache,
                            EGL_recalcGL, EPD_noChange, 0, 0, 0, EWM_createNewMeta);
        file.transferEnd();
    }
    if (status.bad()) {
        return Error{QCoreApplication::translate("DicomFileWriting", "Cannot encode %1: %2")
                         .arg(path, QString::fromLatin1(status.text()))};
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        return Error{QCoreApplication::translate("DicomFileWriting", "Cannot write %1: %2")
                         .arg(path, out.errorString())};
    }
    return {};
}

} // namespace kenshu
