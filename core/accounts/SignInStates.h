#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace remitente::accounts {

// What is known about an OAuth2 account's sign-in, shared by the app and the CLI, never a token: whether the
// provider stopped accepting it (the person must sign in again) and until when the last access token lasts.
struct SignInState {
    bool needsSignIn = false;
    QString reason;           // the provider's words when it refused (untrusted text)
    QDateTime tokenExpiresAt; // of the last access token this computer got; invalid when none
    QDateTime signedInAt;     // the person's last sign-in

    bool operator==(const SignInState &) const = default;
};

// signin-state.json next to accounts.json (0600), changed under its own lock, read-modify-write, so two processes
// recording two accounts never lose each other's update. Every call reads the file afresh.
class SignInStates
{
public:
    explicit SignInStates(QString path = defaultPath());
    static QString defaultPath();

    std::optional<SignInState> find(const QString &accountId) const;
    // False with the reason when it could not be written.
    [[nodiscard]] bool record(const QString &accountId, const SignInState &state, QString *error = nullptr);
    [[nodiscard]] bool forget(const QString &accountId, QString *error = nullptr);

private:
    [[nodiscard]] bool change(const QString &accountId, const std::optional<SignInState> &state, QString *error);

    QString m_path;
};

} // namespace remitente::accounts
