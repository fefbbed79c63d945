#pragma once

#include "Expected.h"
#include "Record.h"
#include "ReportDraft.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

namespace kenshu {

// Keeps a draft on disk while it is being typed (DESIGN.md: nothing on screen for more than
// 2 s is lost to a crash). Changes are written 500 ms after typing pauses, but never later
// than 1.5 s after the first unsaved change, so that the write has finished within 2 s.
// Writes run on one worker thread, in order; each opens its own connection to the data folder
// because a LocalStore belongs to the thread that opened it.
//
// Signals may come from the worker thread: connect with the default (auto) connection.
class DraftAutosaver final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 500;
    static constexpr int kMaxDelayMs = 1500;

    DraftAutosaver(QString dataDir, RecordType recordType, ReportDraft draft, QString editorId,
                   QObject* parent = nullptr);
    ~DraftAutosaver() override; // flushes

    const ReportDraft& draft() const { return m_draft; }
    bool hasUnsavedChanges() const { return m_unsaved; }

    // Called on every keystroke with all the form values.
    void setValues(const QJsonObject& values);
    // For changes outside the values (title, case, reviewer, state).
    void setDraft(const ReportDraft& draft);
    // Starts writing any unsaved change now, on the worker (a window about to close); saved()
    // or failed() follows.
    void saveNow();
    // Forgets unsaved changes (the user chose to close without them).
    void discardUnsavedChanges() { m_unsaved = false; }
    // Waits for queued writes, then writes any unsaved change on this thread (tests, shutdown).
    Status flush();

signals:
    void saved(const QDateTime& savedAt);
    void failed(const QString& message);

private:
    void markChanged();
    void writeInBackground();
    Status write(const ReportDraft& snapshot);

    QString m_dataDir;
    RecordType m_recordType;
    ReportDraft m_draft;
    QString m_editorId;
    bool m_unsaved = false;
    QElapsedTimer m_sinceFirstUnsaved;
    QTimer m_timer;
    QThreadPool m_writer;
};

} // namespace kenshu
