#pragma once

#include "Expected.h"

#include <QString>
#include <functional>

class QWidget;

namespace kenshu {

// Runs `write` (a file export) on the thread pool; a failure is shown in a message box titled
// `title` over `window`, if it is still open. `done` runs on the GUI thread after a success.
void writeInBackground(QWidget* window, const QString& title, std::function<Status()> write,
                       std::function<void()> done = {});

} // namespace kenshu
