#pragma once

#include "Record.h"
#include "ReportDraft.h"

#include <QList>
#include <QObject>
#include <QString>

namespace kenshu {

// A draft with the kind of record it is stored as.
struct StoredDraft
{
    RecordType type = RecordType::Report;
    ReportDraft draft;
};

// Reads drafts off the GUI thread, each request with its own store connection.
class DraftLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftLoader)

public:
    explicit DraftLoader(QString dataDir, QObject* parent = nullptr);
    ~DraftLoader() override;

    // Reports and evaluation sheets, newest first.
    void loadAll();

signals:
    void draftsLoaded(const QList<kenshu::StoredDraft>& drafts);
    void failed(const QString& message);

private:
    QString m_dataDir;
    quint64 m_generation = 0;
};

} // namespace kenshu

Q_DECLARE_METATYPE(kenshu::StoredDraft)
