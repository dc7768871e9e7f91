#pragma once

#include "Command.h"

namespace remitente::cli {

// `remitente-cli account set ACCOUNT [--alias ADDRESS]... [--no-aliases] [--rewrite-from yes|no]
// [--backup ACCOUNT|none] [--backup-from ADDRESS]`: what a saved account may send as, and which account sends its
// messages when it cannot. Only the options given change; everything is checked before anything is saved.
class AccountSetCommand : public Command
{
    Q_OBJECT
public:
    AccountSetCommand();
    QString name() const override { return QStringLiteral("account set"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_alias;
    QCommandLineOption m_noAliases;
    QCommandLineOption m_rewriteFrom;
    QCommandLineOption m_backup;
    QCommandLineOption m_backupFrom;
};

} // namespace remitente::cli
