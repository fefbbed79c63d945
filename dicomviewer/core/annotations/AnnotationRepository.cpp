#include "AnnotationRepository.h"

#include "AnnotationLayerId.h"
#include "LocalStore.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

} // namespace

AnnotationRepository::AnnotationRepository(QString dataDir, QUuid caseId, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_caseId(caseId),
      m_author(Settings().value(Settings::Key::MemberNumber).toString())
{
    m_writer.setMaxThreadCount(1);
}

AnnotationRepository::~AnnotationRepository()
{
    waitForPendingWrites();
}

void AnnotationRepository::waitForPendingWrites()
{
    m_writer.waitForDone();
}

QUuid AnnotationRepository::recordId(const QString& seriesInstanceUid,
                                     const AnnotationTarget& target)
{
    return annotationLayerId(seriesInstanceUid, target.sopInstanceUid, target.frame);
}

Expected<QList<AnnotationLayer>> AnnotationRepository::readLayers(const LocalStore& store,
                                                                  const QUuid& caseId,
                                                                  const QString& seriesInstanceUid)
{
    QList<AnnotationLayer> layers;
    const QList<Record> records = store.records(RecordType::Annotation, caseId);
    for (const Record& record : records) {
        if (record.data.value(u"seriesInstanceUid"_s).toString() != seriesInstanceUid)
            continue;
        Expected<AnnotationLayer> layer = annotationLayerFromJson(record.data);
        if (!layer)
            return layer.error();
        layers.append(*layer);
    }
    return layers;
}

Status AnnotationRepository::writeLayer(LocalStore& store, const QUuid& caseId,
                                        const AnnotationLayer& layer, const QString& author)
{
    if (Status started = store.begin(); !started)
        return started;
    Record record;
    record.id = recordId(layer.seriesInstanceUid, layer.target);
    record.type = RecordType::Annotation;
    record.parentId = caseId;
    if (const std::optional<Record> existing = store.record(record.id))
        record.rev = existing->rev;
    record.updatedAt = QDateTime::currentDateTimeUtc();
    record.updatedBy = author;
    record.data = annotationLayerToJson(layer);
    if (Status written = store.putRecord(record); !written) {
        store.rollback();
        return written;
    }
    return store.commit();
}

void AnnotationRepository::load(const QString& seriesInstanceUid)
{
    QPointer<AnnotationRepository> self(this);
    const QString dataDir = m_dataDir;
    const QUuid caseId = m_caseId;
    (void)QtConcurrent::run(&m_writer, [self, dataDir, caseId, seriesInstanceUid] {
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
        Expected<QList<AnnotationLayer>> layers =
            store ? readLayers(**store, caseId, seriesInstanceUid)
                  : Expected<QList<AnnotationLayer>>(store.error());
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, seriesInstanceUid, layers] {
            if (!self)
                return;
            if (layers)
                emit self->loaded(seriesInstanceUid, *layers);
            else
                emit self->failed(layers.error().message);
        });
    });
}

void AnnotationRepository::save(const AnnotationLayer& layer)
{
    QPointer<AnnotationRepository> self(this);
    const QString dataDir = m_dataDir;
    const QUuid caseId = m_caseId;
    const QString author = m_author;
    (void)QtConcurrent::run(&m_writer, [self, dataDir, caseId, layer, author] {
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
        const Status written =
            store ? writeLayer(**store, caseId, layer, author) : Status(store.error());
        if (written)
            return;
        const QString message = written.error().message;
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, message] {
            if (self)
                emit self->failed(message);
        });
    });
}

} // namespace kenshu
