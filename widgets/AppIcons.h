#pragma once

#include <QIcon>

namespace kenshu {

// Icons from the desktop theme where it has them, else Kenshu's own (resources/icons).
QIcon appIcon();
QIcon newCaseIcon();
QIcon addStudyIcon();

} // namespace kenshu
