#include "DraftAutosaver.h"

#include "DraftStore.h"
#include "LocalStore.h"

#include <algorithm>

namespace kenshu {

DraftAutosaver::DraftAutosaver(QString dataDir, RecordType recordType, ReportDraft draft,
                               QString editorId, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_recordType(recordType),
      m_draft(std::move(draft)), m_editorId(std::move(editorId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::writeInBackground);
    // One thread keeps the writes in the order they were made.
    m_writer.setMaxThreadCount(1);
}

DraftAutosaver::~DraftAutosaver()
{
    flush();
    m_writer.waitForDone();
}

void DraftAutosaver::setValues(const QJsonObject& values)
{
    m_draft.values = values;
    markChanged();
}

void DraftAutosaver::setDraft(const ReportDraft& draft)
{
    m_draft = draft;
    markChanged();
}

void DraftAutosaver::markChanged()
{
    if (!m_unsaved) {
        m_unsaved = true;
        m_sinceFirstUnsaved.start();
    }
    const qint64 untilDeadline = kMaxDelayMs - m_sinceFirstUnsaved.elapsed();
    m_timer.start(static_cast<int>(std::clamp<qint64>(untilDeadline, 0, kDebounceMs)));
}

void DraftAutosaver::writeInBackground()
{
    if (!m_unsaved)
        return;
    m_unsaved = false;
    m_writer.start([this, snapshot = m_draft] {
        if (!write(snapshot)) {
            // Try again with the next change or flush; the GUI shows the failure.
            QMetaObject::invokeMethod(
                this, [this] { m_unsaved = true; }, Qt::QueuedConnection);
        }
    });
}

void DraftAutosaver::saveNow()
{
    m_timer.stop();
    writeInBackground();
}

Status DraftAutosaver::flush()
{
    m_timer.stop();
    m_writer.waitForDone();
    if (!m_unsaved)
        return {};
    m_unsaved = false;
    Status status = write(m_draft);
    if (!status)
        m_unsaved = true;
    return status;
}

Status DraftAutosaver::write(const ReportDraft& snapshot)
{
    Expected<QDateTime> savedAt = [&]() -> Expected<QDateTime> {
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dataDir);
        if (!store)
            return store.error();
        return DraftStore(**store, m_editorId).save(m_recordType, snapshot);
    }();
    if (!savedAt) {
        emit failed(savedAt.error().message);
        return savedAt.error();
    }
    emit saved(*savedAt);
    return {};
}

} // namespace kenshu
