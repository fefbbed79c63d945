#pragma once

#include "AnnotationTypes.h"
#include "Expected.h"

#include <QObject>
#include <QThreadPool>

namespace kenshu {

class LocalStore;

// Keeps the drawings of a case's series in the local store, one Annotation record per layer
// (its id derived from series, instance and frame, so a layer always lands on the same
// record). Reads and writes run off the GUI thread, writes one after another in the order
// they were asked for.
class AnnotationRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationRepository)

public:
    AnnotationRepository(QString dataDir, QUuid caseId, QObject* parent = nullptr);
    ~AnnotationRepository() override; // waits for pending writes

    // Loads queue behind earlier writes, so they always see what was saved before.
    void load(const QString& seriesInstanceUid);
    void save(const AnnotationLayer& layer);
    void waitForPendingWrites();

    static QUuid recordId(const QString& seriesInstanceUid, const AnnotationTarget& target);
    static Expected<QList<AnnotationLayer>> readLayers(const LocalStore& store, const QUuid& caseId,
                                                       const QString& seriesInstanceUid);
    static Status writeLayer(LocalStore& store, const QUuid& caseId, const AnnotationLayer& layer,
                             const QString& author);

signals:
    void loaded(const QString& seriesInstanceUid, const QList<kenshu::AnnotationLayer>& layers);
    void failed(const QString& message);

private:
    QString m_dataDir;
    QUuid m_caseId;
    QString m_author; // the local member number, read once rather than on every save
    QThreadPool m_writer;
};

} // namespace kenshu
