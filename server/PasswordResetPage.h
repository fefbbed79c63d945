#pragma once

#include <QString>
#include <string>

namespace kenshu::server {

// GET /password-reset, where the client's "Forgot password" link leads: members cannot reset a
// password themselves (there is no e-mail delivery); the page says whom to ask. `contact` is
// the site's `--admin-contact` text (empty: the program administrator). A small HTML page in
// Japanese and English, since the server has no user language of its own.
std::string passwordResetPage(const QString& contact);

} // namespace kenshu::server
