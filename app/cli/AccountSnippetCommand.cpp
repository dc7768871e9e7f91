#include "AccountSnippetCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "guides/CodeSnippet.h"
#include "guides/FieldGuide.h"
#include "guides/GuideData.h"
#include "text/TerminalText.h"

#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

namespace {

QStringList programNames()
{
    return guides::snippetLanguageNames() + guides::fieldGuideIds();
}

} // namespace

AccountSnippetCommand::AccountSnippetCommand()
    : m_for(QStringLiteral("for"), tr("The program: %1.").arg(programNames().join(u", ")), tr("program")),
      m_relayUser(QStringLiteral("relay-user"),
                  tr("For an account that signs in with Microsoft or Google: the relay user the snippet signs in "
                     "as (default: the program's name)."),
                  tr("name"))
{
}

QString AccountSnippetCommand::summary() const
{
    return tr("a program that sends a test message with an account's settings (Python, PHP, Node.js, curl, msmtp), "
              "or the settings in another program's own words (WordPress, Joomla, PrestaShop, Odoo, HubSpot, Zoho "
              "CRM, Salesforce, Thunderbird)");
}

void AccountSnippetCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Print a complete program that sends one test message to the account's own address, for use in "
           "your own code: the password is read from the environment variable SMTP_PASSWORD and the server's "
           "certificate is always verified."));
    parser.addOption(m_for);
    parser.addOption(m_relayUser);
    parser.addPositionalArgument(tr("account"), tr("The account's id or address."), QStringLiteral("ID|ADDRESS"));
}

std::optional<int> AccountSnippetCommand::run(const QCommandLineParser &parser)
{
    // A correction that cannot be used is named; the built-in guides and templates are used instead.
    for (const QString &problem : guides::GuideData::current().problems())
        QTextStream(stderr) << text::terminalSafe(problem) << Qt::endl;
    const QString usage = tr("Usage: remitente-cli account snippet ACCOUNT --for %1").arg(programNames().join(u'|'));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(m_for))
        return usageError(usage);
    const std::optional<guides::SnippetLanguage> language = guides::snippetLanguageFromName(parser.value(m_for));
    const bool isGuide = guides::fieldGuideIds().contains(parser.value(m_for));
    if (!language && !isGuide)
        return usageError(tr("Unknown program \"%1\".").arg(text::terminalSafe(parser.value(m_for))) + u'\n' + usage);

    accounts::AccountStore store;
    store.load();
    const std::optional<accounts::Account> saved = store.find(positional.first());
    if (!saved)
        return noSavedAccount(positional.first(), store);

    accounts::Account account = *saved;
    QTextStream err(stderr);
    if (account.signIn == accounts::SignInKind::OAuth2) {
        const QString relayUser = parser.isSet(m_relayUser) ? parser.value(m_relayUser) : parser.value(m_for);
        err << tr("%1 signs in with Microsoft or Google, so it has no password another program could use. "
                  "Remitente's relay on this computer sends for it instead: start it with `remitente-cli relay` "
                  "(127.0.0.1:2525), give the program its own relay user with `remitente-cli relay client add %2 "
                  "--account %1`, and put the password that prints in SMTP_PASSWORD. The snippet below uses the "
                  "relay.")
                   .arg(text::terminalSafe(account.address), text::terminalSafe(relayUser))
            << Qt::endl;
        account = guides::relayAccountFor(account, relayUser);
    } else if (!account.pinnedSha256.isEmpty() && account.security != smtp::Security::None) {
        err << tr("This account's server uses a certificate the system does not trust, which you approved in "
                  "Remitente (SHA-256 %1). The other program must trust that certificate too; never turn "
                  "certificate verification off there.")
                   .arg(QString::fromLatin1(account.pinnedSha256.toHex(':').toUpper()))
            << Qt::endl;
    }
    if (isGuide)
        return printGuide(parser.value(m_for), account, saved->signIn == accounts::SignInKind::OAuth2);
    const QString snippet = guides::codeSnippet(account, *language);
    if (snippet.isEmpty())
        return failWith(ExSoftware, tr("The snippet for %1 could not be read.").arg(parser.value(m_for)));
    QTextStream(stdout) << snippet;
    return ExOk;
}

int AccountSnippetCommand::printGuide(const QString &id, const accounts::Account &account, bool throughRelay)
{
    const QString language = QLocale().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
    const std::optional<guides::FieldGuide> guide = guides::fieldGuide(id, account, language);
    if (!guide)
        return failWith(ExSoftware, tr("The guide for %1 could not be read.").arg(id));
    if (!guide->labelsInLanguage)
        QTextStream(stderr) << tr("The field names below are %1's own English ones: its wording in your language "
                                  "is not in Remitente's sources yet.")
                                   .arg(text::terminalSafe(guide->program))
                            << Qt::endl;
    QTextStream err(stderr);
    if (!guide->warning.isEmpty())
        err << text::terminalSafe(guide->warning) << Qt::endl;
    if (throughRelay && !guide->ownSignIn.isEmpty())
        err << text::terminalSafe(guide->ownSignIn) << Qt::endl;
    if (throughRelay && guide->cloud)
        err << tr("%1 runs on its maker's servers, which cannot reach the relay on this computer.")
                   .arg(text::terminalSafe(guide->program))
            << Qt::endl;
    QTextStream out(stdout);
    for (const guides::GuideField &field : guide->fields) {
        QString value = text::terminalSafe(field.value);
        if (field.isPassword)
            value = throughRelay ? tr("(the relay user's password from `remitente-cli relay client add %1`)")
                                       .arg(text::terminalSafe(account.username))
                                 : tr("(this account's password: the app password where the provider gives one)");
        // The guides may come from a file in the config folders: text from a file.
        out << text::terminalSafe(field.label) << ": " << value << Qt::endl;
    }
    return ExOk;
}

} // namespace remitente::cli
