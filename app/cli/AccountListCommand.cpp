#include "AccountListCommand.h"

#include "ExitCode.h"
#include "SavedAccounts.h"

#include "text/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

namespace {
QString describeAccount(const accounts::Account &account)
{
    // From a file anyone could have edited: one line per account, no control character reaches the terminal.
    return QStringLiteral("%1  %2  %3:%4 %5  %6")
        .arg(text::terminalSafe(account.id), text::terminalSafe(account.address), text::terminalSafe(account.host))
        .arg(account.port)
        .arg(smtp::securityName(account.security),
             account.verifiedAt.isValid()
                 ? AccountListCommand::tr("verified %1").arg(account.verifiedAt.toString(Qt::ISODate))
                 : AccountListCommand::tr("not verified"));
}
} // namespace

AccountListCommand::AccountListCommand() : m_json(QStringLiteral("json"), tr("Print one JSON document for programs."))
{
}

QString AccountListCommand::summary() const
{
    return tr("the saved accounts, one line each");
}

void AccountListCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("List the saved accounts, one line each."));
    parser.addOption(m_json);
}

std::optional<int> AccountListCommand::run(const QCommandLineParser &parser)
{
    accounts::AccountStore store;
    store.load();
    // The accounts that could be read are listed; what could not is said on standard error, and the exit code
    // (EX_CONFIG) tells a script that the list is not complete.
    if (parser.isSet(m_json)) {
        QJsonArray all;
        for (const accounts::Account &account : store.accounts())
            all.append(account.toJson());
        QTextStream(stdout) << QJsonDocument(all).toJson(QJsonDocument::Indented);
    } else {
        for (const accounts::Account &account : store.accounts())
            QTextStream(stdout) << describeAccount(account) << Qt::endl;
    }
    return warnAboutProblem(store) ? ExConfig : ExOk;
}

} // namespace remitente::cli
