#include "AccountShowCommand.h"

#include "ExitCode.h"
#include "SavedAccounts.h"

#include "accounts/SignInStates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

AccountShowCommand::AccountShowCommand()
    : m_json(QStringLiteral("json"), tr("Accepted for scripts; the account is always shown as JSON."))
{
}

QString AccountShowCommand::summary() const
{
    return tr("one saved account, as JSON");
}

void AccountShowCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Show one saved account, as JSON."));
    parser.addOption(m_json);
    parser.addPositionalArgument(tr("account"), tr("The account's id or address."), QStringLiteral("ID|ADDRESS"));
}

std::optional<int> AccountShowCommand::run(const QCommandLineParser &parser)
{
    const QString key = parser.positionalArguments().value(0);
    accounts::AccountStore store;
    store.load();
    const std::optional<accounts::Account> account = store.find(key);
    if (!account)
        return noSavedAccount(key, store);
    QJsonObject shown = account->toJson();
    // What it may send as and its backup, also when not set, so scripts need not guess.
    shown.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(account->aliases));
    shown.insert(QStringLiteral("rewriteForeignFrom"), account->rewriteForeignFrom);
    shown.insert(QStringLiteral("backupAccountId"), account->backupAccountId);
    shown.insert(QStringLiteral("backupFrom"), account->backupFrom);
    // Where its mailbox is read; null when not set.
    shown.insert(QStringLiteral("imap"),
                 account->imap.isSet() ? QJsonValue(accounts::imapToJson(account->imap)) : QJsonValue());
    if (!account->backupAccountId.isEmpty()) {
        const std::optional<accounts::Account> backup = store.find(account->backupAccountId);
        shown.insert(QStringLiteral("backupAddress"), backup ? QJsonValue(backup->address) : QJsonValue());
    }
    if (account->signIn == accounts::SignInKind::OAuth2)
        shown.insert(QStringLiteral("token"), tokenState(account->id));
    QTextStream(stdout) << QJsonDocument(shown).toJson(QJsonDocument::Indented);
    return ExOk;
}

QJsonObject AccountShowCommand::tokenState(const QString &accountId)
{
    // What this computer knows without asking the provider, never a token: access tokens live only in the memory
    // of the process that uses them, the refresh token only in the keychain.
    const std::optional<accounts::SignInState> state = accounts::SignInStates().find(accountId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool needsSignIn = state && state->needsSignIn;
    const bool valid = state && !needsSignIn && state->tokenExpiresAt > now;
    QString name = QStringLiteral("not-signed-in");
    if (needsSignIn)
        name = QStringLiteral("needs-sign-in");
    else if (valid)
        name = QStringLiteral("valid");
    else if (state)
        name = QStringLiteral("expired"); // refreshed before the next send
    QJsonObject token{{QStringLiteral("state"), name},
                      {QStringLiteral("valid"), valid},
                      {QStringLiteral("needs-sign-in"), needsSignIn}};
    if (state && state->tokenExpiresAt.isValid())
        token.insert(QStringLiteral("expires-at"), state->tokenExpiresAt.toUTC().toString(Qt::ISODate));
    if (state && state->signedInAt.isValid())
        token.insert(QStringLiteral("signed-in-at"), state->signedInAt.toUTC().toString(Qt::ISODate));
    if (needsSignIn && !state->reason.isEmpty())
        token.insert(QStringLiteral("reason"), state->reason);
    return token;
}

} // namespace remitente::cli
