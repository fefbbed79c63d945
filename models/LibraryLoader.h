#pragma once

#include "LibraryTypes.h"

#include <QHash>
#include <QImage>
#include <QObject>

namespace kenshu {

// Reads the library off the GUI thread: each request runs on the thread pool with its own
// store connection and reports back through a signal. A newer request for a case supersedes
// an older one still running.
class LibraryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryLoader)

public:
    explicit LibraryLoader(QString dataDir, QObject* parent = nullptr);
    ~LibraryLoader() override;

    void loadCases();
    void loadCase(const QUuid& caseId);

signals:
    void casesLoaded(const QList<kenshu::CaseSummary>& cases);
    void caseLoaded(const kenshu::CaseEntry& entry, const QHash<QString, QImage>& thumbnails);
    void caseMissing(const QUuid& caseId);
    void failed(const QString& message);

private:
    QString m_dataDir;
    quint64 m_caseGeneration = 0;
};

} // namespace kenshu
