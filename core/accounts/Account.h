#pragma once

#include "imap/ImapServer.h"
#include "smtp/SessionOptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace remitente::accounts {

// How the account signs in; what the wizard explains and what the diagnosis expects.
enum class SignInKind { AppPassword, MailboxPassword, OAuth2, ApiKey, None };

QString signInKindName(SignInKind kind); // "app-password", "mailbox-password", "oauth2", "api-key", "none"
std::optional<SignInKind> signInKindFromName(const QString &name);
// A JSON value as it would appear in the file, shortened, for messages that say what is wrong with it.
QString jsonValueForMessage(const QJsonValue &value);
// {"host", "port", "security": "tls"|"starttls"}, as the account file keeps an IMAP server.
QJsonObject imapToJson(const imap::ImapServer &server);

// One sending account. Never holds a secret: that lives in the SecretStore under the account's id.
struct Account {
    QString id;          // stable, generated; also the keychain key
    QString displayName; // the sender's name, as recipients see it
    QString address;
    QString host;
    quint16 port = 465;
    smtp::Security security = smtp::Security::ImplicitTls;
    QString username;
    SignInKind signIn = SignInKind::AppPassword;
    QByteArray pinnedSha256; // one certificate the person approved; empty for the system's trust
    QString providerId;      // catalogue entry, when known
    QString tenant;          // OAuth2 with Microsoft: the organisation's tenant id or domain, when the person gave one
    QDateTime verifiedAt;    // last successful check; invalid when never verified
    // The largest message the server takes (its EHLO SIZE), as the last check learned it; 0 when unknown or none.
    qint64 serverSizeLimit = 0;
    // Other addresses of the person's that this account may send as (checked by the relay and sendmail).
    QStringList aliases;
    // A program's message with a From the account may not use: refused (false) or sent from the account's address
    // with the program's From as Reply-To (true).
    bool rewriteForeignFrom = false;
    // Another account that sends this one's messages when this one cannot for a while (its server unreachable,
    // a sending limit reached, its sign-in broken), with backupFrom as their From (empty: the backup's address).
    QString backupAccountId;
    QString backupFrom;
    // Where the account's own mailbox is read (to find the test email); not set (empty host) when unknown.
    imap::ImapServer imap;
    // One certificate the person approved for that mailbox server after seeing it (when it is not the SMTP server's,
    // whose pin is trusted there too when it presents that same certificate); empty for the system's trust.
    QByteArray imapPinnedSha256;

    bool operator==(const Account &) const = default;
    // Where and how to connect for this account (the secret is not part of it).
    smtp::SessionOptions sessionOptions(const smtp::Timeouts &timeouts,
                                        const QList<QSslCertificate> &extraCaCertificates = {}) const;
    QJsonObject toJson() const;
    // Empty with a translated *error naming the field and what is wrong with it ("the field "port" must be ...").
    static std::optional<Account> fromJson(const QJsonObject &object, QString *error);
    static QString newId();
    bool maySendAs(const QString &address) const; // its address or one of its aliases (any case)
};

} // namespace remitente::accounts
