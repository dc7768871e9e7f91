#include "RelayCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "RelayClientCommands.h"
#include "SavedAccounts.h"

#include <QSslCertificate>

namespace remitente::cli {

RelayCommand::RelayCommand()
{
    m_clientActions.push_back(std::make_unique<RelayClientAddCommand>());
    m_clientActions.push_back(std::make_unique<RelayClientListCommand>());
    m_clientActions.push_back(std::make_unique<RelayClientRemoveCommand>());
}

QString RelayCommand::summary() const
{
    return tr("let other programs send through your accounts (a local SMTP server); relay client add|list|remove");
}

std::optional<int> RelayCommand::execute(const QStringList &arguments)
{
    if (arguments.value(1) == u"client") {
        const QString action = QStringLiteral("relay client ") + arguments.value(2);
        for (const std::unique_ptr<Command> &command : m_clientActions) {
            if (command->name() == action) {
                QStringList rest = arguments;
                rest.remove(1, 2);
                return command->execute(rest);
            }
        }
        return usageError(tr("Usage: remitente-cli relay client add|list|remove ..."));
    }
    return Command::execute(arguments);
}

void RelayCommand::describe(QCommandLineParser &parser) const
{
    QList<std::pair<QString, QString>> actions;
    for (const std::unique_ptr<Command> &command : m_clientActions)
        actions.append({command->name().sliced(name().size() + 1), command->summary()});
    parser.setApplicationDescription(
        tr("A local SMTP server for programs that send mail (shops, CRMs, scanners, scripts): what they hand in goes "
           "into the outbox and out through your account, with its sign-in, retries and sent log. Each program "
           "signs in with its own relay user. While it runs, this process also sends the outbox, unless the app "
           "already does.")
        + u'\n' + table(actions).chopped(1));
    parser.addOption({QStringLiteral("listen"),
                      tr("Address and port to listen on (default 127.0.0.1:2525). An address beyond this computer "
                         "needs TLS: the relay then uses its own certificate and prints its fingerprint."),
                      tr("address:port"), QStringLiteral("127.0.0.1:2525")});
    parser.addOption({QStringLiteral("account"),
                      tr("The account for relay users that name none (id or address); the default account when not "
                         "given."),
                      tr("account")});
    parser.addOption(
        {QStringLiteral("ca-file"), tr("Also trust the certificate authorities in this PEM file."), tr("file")});
}

std::optional<int> RelayCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unknown relay action \"%1\": use relay, or relay client add|list|remove.")
                              .arg(parser.positionalArguments().first()));
    const std::variant<ListenAddress, QString> listen = parseListenAddress(parser.value(QStringLiteral("listen")));
    if (const auto *error = std::get_if<QString>(&listen))
        return usageError(*error);
    RelayRun::Settings settings;
    settings.listen = std::get<ListenAddress>(listen);
    if (parser.isSet(QStringLiteral("account"))) {
        const std::variant<QString, int> found = savedAccountId(parser.value(QStringLiteral("account")));
        if (const int *code = std::get_if<int>(&found))
            return *code;
        settings.accountId = std::get<QString>(found);
    }
    if (const std::optional<int> failed
        = m_outbox.open(QSslCertificate::fromPath(parser.value(QStringLiteral("ca-file")), QSsl::Pem)))
        return failed;
    return m_run.start(m_outbox, settings);
}

} // namespace remitente::cli
