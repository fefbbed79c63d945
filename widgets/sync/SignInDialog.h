#pragma once

#include "ItPresets.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace kenshu::sync {
class SyncSession;
struct SignInResult;
} // namespace kenshu::sync

namespace kenshu {

// Sign-in to the Kenshu server: server address (IT's preset, read-only when locked), e-mail
// and password. The session does the work; the dialog shows it busy meanwhile and says what
// went wrong in plain words. The password is taken out of the field when it is sent and is
// kept nowhere. Accepted once signed in.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(sync::SyncSession& session, ItPresets presets, QWidget* parent = nullptr);

    // Where "Forgot password" leads for the server in the field.
    QUrl passwordResetUrl() const;
    bool isBusy() const;
    QString message() const;

    // In plain words, for this dialog: why a sign-in failed.
    static QString failureText(const sync::SignInResult& result);

private:
    void submit();
    void finished(const sync::SignInResult& result);
    void setBusy(bool busy);
    void showMessage(const QString& text);
    void updateButtons();

    sync::SyncSession& m_session;
    ItPresets m_presets;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_forgot = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_waiting = false;
};

} // namespace kenshu
