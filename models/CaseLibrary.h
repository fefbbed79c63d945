#pragma once

#include "Expected.h"
#include "LibraryTypes.h"
#include "Record.h"

#include <QStringList>
#include <QUuid>
#include <optional>

namespace kenshu {

class LocalStore;

// Cases, their studies and documents as stored in the local records table.
class CaseLibrary final
{
public:
    explicit CaseLibrary(LocalStore& store);

    Expected<QList<CaseSummary>> caseSummaries() const;
    std::optional<CaseEntry> loadCase(const QUuid& caseId) const;
    std::optional<QUuid> findCaseByTitle(const QString& title) const;
    QStringList caseTitles() const;

    // Writes (callers wrap them in a store transaction).
    Status putCase(const QUuid& id, const QString& title, const QString& note,
                   const QDateTime& createdAt, const QString& actor);
    Status putStudy(const StudyEntry& study, const QString& actor);
    Status putDocument(const DocumentEntry& document, const QString& actor);

private:
    Status putRecordData(RecordType type, const QUuid& id, const QUuid& parentId,
                         const QJsonObject& data, const QString& actor);

    LocalStore& m_store;
};

} // namespace kenshu
