#include "PasswordResetPage.h"

namespace kenshu::server {

using namespace Qt::Literals::StringLiterals;

std::string passwordResetPage(const QString& contact)
{
    const QString who =
        contact.trimmed().isEmpty()
            ? QString()
            : u"<p class=\"contact\">%1</p>"_s.arg(contact.trimmed().toHtmlEscaped());
    const QString page =
        u"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width\">"
        "<title>パスワードの再設定 / Password reset — Kenshu</title>"
        "<style>body{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em;"
        "line-height:1.6;color:#222}h1{font-size:1.4em}.contact{font-size:1.2em;"
        "font-weight:bold}hr{margin:2em 0;border:none;border-top:1px solid #ccc}</style>"
        "</head><body>"
        "<h1>パスワードを忘れた場合</h1>"
        "<p>パスワードは研修プログラムの管理者が再設定します。管理者に会員番号を伝えて、"
        "新しい仮パスワードを受け取ってください。</p>%1"
        "<p>再設定すると、ほかの端末でのサインインはすべて終了します。</p>"
        "<hr lang=\"en\"><div lang=\"en\"><h1>Forgot your password?</h1>"
        "<p>Your training program's administrator resets passwords. Tell them your member "
        "number and they will give you a new temporary password.</p>%1"
        "<p>A reset ends your sign-in on every other computer.</p></div>"
        "</body></html>\n"_s.arg(who);
    return page.toStdString();
}

} // namespace kenshu::server
