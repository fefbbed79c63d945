#pragma once

#include "LibraryTypes.h"

#include <QObject>
#include <functional>

class QWidget;

namespace kenshu::sync {
class SyncSession;
}

namespace kenshu {

// Makes sure a study's image files are in the data folder before the viewer opens it. Another
// member's study arrives by sync as a record only; its (de-identified) files are downloaded on
// demand from the server, resumably, with a progress dialog the user can cancel. Checks for the
// files off the GUI thread; `ready` runs on the GUI thread once every file is here, and not at
// all when the download failed or was cancelled (the reason is shown over `parent`).
void ensureStudyFiles(sync::SyncSession& session, const QString& dataDir, const StudyEntry& study,
                      QWidget* parent, std::function<void()> ready);

} // namespace kenshu
