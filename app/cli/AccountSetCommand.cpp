#include "AccountSetCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "mime/AddressParser.h"
#include "providers/ImapSuggestion.h"
#include "text/TerminalText.h"

#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

AccountSetCommand::AccountSetCommand(const QString &word)
    : m_word(word),
      m_alias(QStringLiteral("alias"),
              tr("Another address of yours this account may send as (repeatable; added to those it has)."),
              tr("address")),
      m_noAliases(QStringLiteral("no-aliases"), tr("Forget the account's other addresses (before any --alias).")),
      m_rewriteFrom(QStringLiteral("rewrite-from"),
                    tr("yes: a program's message from an address the account may not use goes out from the "
                       "account's address, with replies to the program's; no: it is refused."),
                    QStringLiteral("yes|no")),
      m_backup(QStringLiteral("backup"),
               tr("The account that sends this one's messages when it cannot (its server unreachable, a sending "
                  "limit reached, its sign-in broken); none: no backup."),
               tr("account")),
      m_backupFrom(QStringLiteral("backup-from"),
                   tr("The From of the messages the backup sends for this account (empty: the backup's address)."),
                   tr("address"))
{
}

QString AccountSetCommand::summary() const
{
    return m_word == u"set" ? tr("the same as edit")
                            : tr("change a saved account's mailbox (IMAP) server, other addresses and backup account");
}

void AccountSetCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Change where a saved account's mailbox is read (IMAP), what it may send as "
                                        "and which account sends its messages when it cannot. Only the options "
                                        "given change. \"account edit\" and \"account set\" are the same."));
    m_imap.addTo(parser);
    parser.addOptions({m_alias, m_noAliases, m_rewriteFrom, m_backup, m_backupFrom});
    parser.addPositionalArgument(tr("account"), tr("The account's id or address."), QStringLiteral("ID|ADDRESS"));
}

std::optional<int> AccountSetCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("Usage: remitente-cli account %1 ID|ADDRESS [--imap-host HOST|none] [--imap-port PORT] "
                             "[--imap-security tls|starttls] [--alias ADDRESS]... [--no-aliases] "
                             "[--rewrite-from yes|no] [--backup ACCOUNT|none] [--backup-from ADDRESS]")
                              .arg(m_word));
    accounts::AccountStore store;
    store.load();
    std::optional<accounts::Account> account = store.find(positional.first());
    if (!account)
        return noSavedAccount(positional.first(), store);
    if (const std::optional<int> refused = refuseUnlessWritable(store))
        return refused;

    if (m_imap.anySet(parser)) {
        const std::optional<providers::ProviderCatalogue> catalogue = providers::ProviderCatalogue::load();
        const imap::ImapServer base = account->imap.isSet()
            ? account->imap
            : providers::suggestedImapServer(catalogue ? &*catalogue : nullptr, account->providerId, account->address,
                                             account->host);
        if (const std::optional<int> wrong = m_imap.read(parser, base, account->imap))
            return wrong;
    }
    if (parser.isSet(m_noAliases))
        account->aliases.clear();
    for (const QString &given : parser.values(m_alias)) {
        const mime::AddressList parsed = mime::parseMailbox(given);
        if (!parsed.isValid() || parsed.mailboxes.size() != 1)
            return usageError(
                tr("--alias %1 is not an address: %2")
                    .arg(text::terminalSafe(given),
                         parsed.problems.isEmpty() ? tr("give one address") : parsed.problems.first().message));
        const QString address = parsed.mailboxes.first().address;
        if (!account->maySendAs(address))
            account->aliases.append(address);
    }
    if (parser.isSet(m_rewriteFrom)) {
        const QString choice = parser.value(m_rewriteFrom);
        if (choice != u"yes" && choice != u"no")
            return usageError(tr("--rewrite-from takes yes or no, not %1").arg(text::terminalSafe(choice)));
        account->rewriteForeignFrom = choice == u"yes";
    }
    if (parser.isSet(m_backup)) {
        const QString key = parser.value(m_backup);
        if (key == u"none" || key.isEmpty()) {
            account->backupAccountId.clear();
        } else {
            const std::optional<accounts::Account> backup = store.find(key);
            if (!backup)
                return usageError(tr("No saved account \"%1\" to use as the backup. See: remitente-cli account list")
                                      .arg(text::terminalSafe(key)));
            if (backup->id == account->id)
                return usageError(tr("An account cannot be its own backup: name another saved account."));
            account->backupAccountId = backup->id;
        }
    }
    if (parser.isSet(m_backupFrom)) {
        const QString given = parser.value(m_backupFrom).trimmed();
        if (!given.isEmpty()) {
            const mime::AddressList parsed = mime::parseMailbox(given);
            if (!parsed.isValid() || parsed.mailboxes.size() != 1)
                return usageError(
                    tr("--backup-from %1 is not an address: %2")
                        .arg(text::terminalSafe(given),
                             parsed.problems.isEmpty() ? tr("give one address") : parsed.problems.first().message));
        }
        account->backupFrom = given;
    }
    if (!account->backupFrom.isEmpty() && account->backupAccountId.isEmpty())
        QTextStream(stderr) << tr("Note: --backup-from is used only once the account has a backup (--backup).")
                            << Qt::endl;

    store.upsert(*account);
    QString error;
    if (!store.save(&error))
        return failWith(ExIoErr, error);
    QTextStream(stdout) << tr("Saved %1").arg(text::terminalSafe(account->address)) << Qt::endl;
    return ExOk;
}

} // namespace remitente::cli
