#pragma once

#include "Expected.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <functional>
#include <optional>

namespace kenshu {

// What to import and where: into the existing case `caseId` ("Add study"), or into the case
// titled `caseTitle`, which is created with `caseNote` if it does not exist yet.
struct ImportRequest
{
    QUuid caseId;
    QString caseTitle;
    QString caseNote;
    QStringList paths; // files and folders
    QString actor;     // member number of the user, recorded as updatedBy
};

// A file that was not imported, and why.
struct ImportIssue
{
    enum class Kind {
        Skipped,  // not DICOM or PDF: ignored
        Rejected, // DICOM or PDF, but unreadable or incomplete
    };

    Kind kind = Kind::Skipped;
    QString path;
    QString reason;
};

struct ImportProgress
{
    enum class Phase { Scanning, Reading, Copying, Saving };

    Phase phase = Phase::Scanning;
    int done = 0;
    int total = 0;
};

using ImportProgressCallback = std::function<void(const ImportProgress&)>;

struct ImportOutcome
{
    QUuid caseId;
    QString caseTitle;
    bool caseCreated = false;
    int instancesAdded = 0;
    int instancesAlreadyPresent = 0;
    int documentsAdded = 0;
    int documentsAlreadyPresent = 0;
    QStringList studiesTouched; // Study Instance UIDs that received new instances
    QList<ImportIssue> issues;
    bool cancelled = false;
    std::optional<Error> failure; // set when nothing was imported because of an error

    bool succeeded() const { return !failure && !cancelled; }
    bool hasRejections() const;
    int skippedCount() const;
    int rejectedCount() const;
};

} // namespace kenshu

Q_DECLARE_METATYPE(kenshu::ImportProgress)
Q_DECLARE_METATYPE(kenshu::ImportOutcome)
