#pragma once

#include <QStringList>

namespace kenshu::server {

// `kenshu-server admin create-program|create-room|create-member|assign-role|import-form|
// reset-password … --data DIR [--db URL]`. Passwords are read from standard input, never from
// the command line. Prints one JSON line on success. `arguments` starts with the program name.
int runAdmin(const QStringList& arguments);

} // namespace kenshu::server
