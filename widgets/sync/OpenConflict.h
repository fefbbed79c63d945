#pragma once

#include "FormSchema.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <functional>

class QWidget;

namespace kenshu {

// Opens the conflict of record `recordId` in the data folder `dataDir` in a ConflictDialog (for
// the sync status area and the record's own window): reads both versions off the GUI thread,
// shows them, and applies the user's choice through SyncStore on a worker, in one transaction
// (takeServerVersion, or keepLocalVersion with the merge: a new local version based on the
// server's revision, queued for push). `done(true)` after a resolution, `done(false)` when the
// user cancelled or there was nothing to resolve. A failed write is shown over `parent` and
// leaves the conflict as it was (`done` is not called).
void openConflict(const QString& dataDir, const QUuid& recordId, const QList<FormSchema>& forms,
                  const QString& language, QWidget* parent,
                  std::function<void(bool resolved)> done = {});

} // namespace kenshu
