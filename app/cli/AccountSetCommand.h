#pragma once

#include "Command.h"
#include "ImapOptions.h"

namespace remitente::cli {

// `remitente-cli account edit ACCOUNT [--imap-host H --imap-port P --imap-security tls|starttls]
// [--alias ADDRESS]... [--no-aliases] [--rewrite-from yes|no] [--backup ACCOUNT|none] [--backup-from ADDRESS]`
// (also `account set`, its first name): where a saved account's mailbox is read, what it may send as, and which
// account sends its messages when it cannot. Only the options given change; everything is checked before anything
// is saved.
class AccountSetCommand : public Command
{
    Q_OBJECT
public:
    // word: "edit" (the name the issue gives it) or "set" (its first name); both do the same.
    explicit AccountSetCommand(const QString &word);
    QString name() const override { return QStringLiteral("account ") + m_word; }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    QString m_word;
    ImapOptions m_imap;
    QCommandLineOption m_alias;
    QCommandLineOption m_noAliases;
    QCommandLineOption m_rewriteFrom;
    QCommandLineOption m_backup;
    QCommandLineOption m_backupFrom;
};

} // namespace remitente::cli
