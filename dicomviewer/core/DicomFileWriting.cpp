#include "DicomFileWriting.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcostrma.h>
#include <dcmtk/dcmdata/dcwcache.h>

namespace kenshu {
namespace {

// DCMTK writes only to files or its own streams; writing through a QSaveFile lets Qt do the
// atomic replace on every platform.
class SaveFileConsumer : public DcmConsumer
{
public:
    explicit SaveFileConsumer(QSaveFile& file) : m_file(file) {}
    OFBool good() const override { return m_good; }
    OFCondition status() const override { return m_good ? EC_Normal : EC_InvalidStream; }
    OFBool isFlushed() const override { return OFTrue; }
    offile_off_t avail() const override { return 1 << 30; }
    offile_off_t write(const void* buffer, offile_off_t length) override
    {
        if (!m_good)
            return 0;
        const qint64 written = m_file.write(static_cast<const char*>(buffer), qint64(length));
        m_good = written == qint64(length);
        return m_good ? length : 0;
    }
    void flush() override {}

private:
    QSaveFile& m_file;
    bool m_good = true;
};

// The consumer must exist before DcmOutputStream's constructor takes its address.
struct ConsumerHolder
{
    explicit ConsumerHolder(QSaveFile& file) : consumer(file) {}
    SaveFileConsumer consumer;
};

class SaveFileOutputStream : private ConsumerHolder, public DcmOutputStream
{
public:
    explicit SaveFileOutputStream(QSaveFile& file)
        : ConsumerHolder(file), DcmOutputStream(&consumer)
    {
    }
};

} // namespace

Status saveDicomFileAtomically(DcmFileFormat& file, const QString& path, DicomFileEncoding encoding)
{
    const auto failed = [&](const char* what, const QString& reason) {
        return Error{QCoreApplication::translate("DicomFileWriting", what).arg(path, reason)};
    };
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failed(QT_TRANSLATE_NOOP("DicomFileWriting", "Cannot write %1: %2"),
                      out.errorString());
    const E_TransferSyntax transferSyntax = encoding == DicomFileEncoding::AsRead
                                                ? file.getDataset()->getOriginalXfer()
                                                : EXS_LittleEndianExplicit;
    OFCondition status;
    {
        SaveFileOutputStream stream(out);
        DcmWriteCache cache;
        file.transferInit();
        status = file.write(stream, transferSyntax, EET_ExplicitLength, &cache, EGL_recalcGL,
                            EPD_noChange, 0, 0, 0, EWM_createNewMeta);
        file.transferEnd();
        if (status.good()) {
            stream.flush();
            status = stream.status(); // a full disk shows here, after the last bytes
        }
    }
    if (status.bad()) {
        out.cancelWriting();
        return failed(QT_TRANSLATE_NOOP("DicomFileWriting", "Cannot encode %1: %2"),
                      QString::fromLatin1(status.text()));
    }
    if (!out.commit())
        return failed(QT_TRANSLATE_NOOP("DicomFileWriting", "Cannot write %1: %2"),
                      out.errorString());
    return {};
}

} // namespace kenshu
