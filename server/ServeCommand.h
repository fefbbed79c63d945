#pragma once

#include <QStringList>

namespace kenshu::server {

// `kenshu-server serve --data DIR [--db URL] --listen ADDR:PORT --tls-cert C --tls-key K`:
// runs the HTTPS API until SIGINT/SIGTERM. `arguments` starts with the program name.
int runServe(const QStringList& arguments);

} // namespace kenshu::server
