#include "SignInDialog.h"

#include "ApiClient.h"
#include "SyncSession.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;
using sync::ApiError;
using sync::SignInResult;

SignInDialog::SignInDialog(sync::SyncSession& session, ItPresets presets, QWidget* parent)
    : QDialog(parent), m_session(session), m_presets(std::move(presets))
{
    setWindowTitle(tr("Sign in to Kenshu"));

    m_server = new QLineEdit(this);
    m_server->setObjectName(u"serverUrl"_s);
    m_server->setPlaceholderText(tr("https://kenshu.example-hospital.jp"));
    const QUrl server = m_presets.serverUrlLocked() || session.server().isEmpty()
                            ? m_presets.serverUrl()
                            : session.server();
    m_server->setText(server.toString());
    if (m_presets.serverUrlLocked()) {
        m_server->setReadOnly(true);
        m_server->setToolTip(tr("Set by your IT department."));
    }

    m_email = new QLineEdit(session.email(), this);
    m_email->setObjectName(u"email"_s);
    m_email->setPlaceholderText(tr("name@example-hospital.jp"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);

    m_forgot = new QLabel(u"<a href=\"reset\">%1</a>"_s.arg(tr("Forgot password?")), this);
    m_forgot->setObjectName(u"forgotPassword"_s);
    m_forgot->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_forgot->setToolTip(tr("Opens the server's password page in your browser."));
    connect(m_forgot, &QLabel::linkActivated, this,
            [this] { QDesktopServices::openUrl(passwordResetUrl()); });

    m_message = new QLabel(this);
    m_message->setObjectName(u"signInMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : {m_server, m_email, m_password})
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_server, &QLineEdit::textChanged, this,
            [this] { m_forgot->setEnabled(!passwordResetUrl().isEmpty()); });

    auto* form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    if (m_presets.serverUrlLocked()) {
        // A read-only field looks like any other: say it where it is seen.
        auto* locked = new QLabel(tr("Set by your IT department."), this);
        locked->setObjectName(u"serverLockedNote"_s);
        locked->setEnabled(false);
        form->addRow(QString(), locked);
    }
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_forgot);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(&m_session, &sync::SyncSession::signInFinished, this, &SignInDialog::finished);
    m_forgot->setEnabled(!passwordResetUrl().isEmpty());
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
    updateButtons();
}

QUrl SignInDialog::passwordResetUrl() const
{
    return m_presets.passwordResetUrl(QUrl(m_server->text().trimmed()));
}

bool SignInDialog::isBusy() const
{
    return m_waiting;
}

QString SignInDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::updateButtons()
{
    const bool complete = !m_server->text().trimmed().isEmpty() &&
                          !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_waiting);
}

void SignInDialog::submit()
{
    const QUrl server(m_server->text().trimmed());
    if (Status checked = sync::ApiClient::checkServerUrl(server); !checked) {
        showMessage(checked.error().message);
        m_server->setFocus();
        return;
    }
    // Out of the field at once: the field's copy is gone and the session wipes its own.
    QString password = m_password->text();
    m_password->clear();
    showMessage({});
    setBusy(true);
    m_session.signIn(server, m_email->text().trimmed(), std::move(password));
}

void SignInDialog::finished(const SignInResult& result)
{
    if (!m_waiting)
        return;
    setBusy(false);
    if (result.status == SignInResult::Status::SignedIn) {
        accept();
        return;
    }
    showMessage(failureText(result));
    m_password->setFocus();
}

QString SignInDialog::failureText(const SignInResult& result)
{
    if (!result.error)
        return tr("The sign-in failed.");
    switch (result.error->kind) {
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
        return tr("The server cannot be reached. Check the server address and the network "
                  "connection, then try again.");
    case ApiError::Kind::Tls:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Refused:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::BadResponse:
        break;
    }
    return result.error->message;
}

void SignInDialog::setBusy(bool busy)
{
    m_waiting = busy;
    m_busy->setVisible(busy);
    m_server->setEnabled(!busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Signing in…") : tr("Sign in"));
    updateButtons();
}

void SignInDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace kenshu
