#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace kenshu {

// The outcome of one keychain operation. Never carries the token except as the result of a read.
struct TokenResult
{
    enum class Status {
        Ok,
        NotFound,            // read: nothing stored for this account
        KeychainUnavailable, // no keychain here, or it does not answer
        Denied,              // the user or the system refused access
        Failed,              // anything else; `message` says what
    };

    Status status = Status::Failed;
    QString token;   // the token read; empty otherwise
    QString message; // for the user, translated; empty when Ok

    // The sign-in cannot be remembered: sign in for this session only.
    bool sessionOnly() const
    {
        return status == Status::KeychainUnavailable || status == Status::Denied;
    }
};

// Keeps the sign-in refresh token in the OS keychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows) through QtKeychain, and nowhere else: QtKeychain's
// plaintext fallback stays off, so without a keychain the caller gets KeychainUnavailable and
// signs in for the session only. Every call returns at once; `done` runs later on the calling
// thread's event loop, and never once `context` has been destroyed.
class TokenStore final
{
public:
    using Callback = std::function<void(const TokenResult&)>;

    // `service` names the entries in the keychain; tests use their own.
    explicit TokenStore(QString service = QStringLiteral("Kenshu"));

    void writeToken(const QString& account, const QString& token, QObject* context,
                    Callback done) const;
    void readToken(const QString& account, QObject* context, Callback done) const;
    // Succeeds also when nothing was stored.
    void deleteToken(const QString& account, QObject* context, Callback done) const;

private:
    QString m_service;
};

} // namespace kenshu
