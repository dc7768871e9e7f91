#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

namespace remitente::relay {

// A program allowed to send through the relay: its name (also its SMTP user name), the account it sends from, and
// the hash of the password Remitente generated for it (the password itself is shown once and never stored).
struct RelayClient {
    QString name;
    QString accountId; // empty: the default account
    QByteArray salt;
    QByteArray passwordHash;
    QDateTime createdAt;
};

// relay-clients.json next to accounts.json (0600), changed under its own lock. Passwords are 130 random bits, so a
// salted SHA-256 is enough to keep them from being read back (a slow KDF is for passwords people choose, and would
// cost every connection tens of milliseconds).
class RelayClients
{
public:
    explicit RelayClients(QString path = defaultPath());
    static QString defaultPath();

    struct Credentials {
        QString user;
        QString password;
    };
    // The new client's credentials, or why it could not be added (a name already used or not valid, a write that
    // failed), translated.
    std::variant<Credentials, QString> add(const QString &name, const QString &accountId);
    // False with the reason when NAME is unknown or the file could not be written.
    [[nodiscard]] bool remove(const QString &name, QString *error);
    QList<RelayClient> list() const;
    // The client these credentials belong to (compared in constant time).
    std::optional<RelayClient> authenticate(const QString &user, const QString &password) const;

    static bool isValidName(const QString &name); // 1 to 64 of a-z, 0-9, ".", "_", "-"

private:
    [[nodiscard]] bool rewrite(const std::function<bool(QList<RelayClient> &, QString *)> &change, QString *error);

    QString m_path;
};

} // namespace remitente::relay
