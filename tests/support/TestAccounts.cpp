#include "TestAccounts.h"

namespace remitente::testing {

const providers::ProviderCatalogue &builtInCatalogue()
{
    static const providers::ProviderCatalogue catalogue = *providers::ProviderCatalogue::load();
    return catalogue;
}

accounts::Account localAccount(const QString &id, const QString &address, const QString &host, quint16 port)
{
    accounts::Account account;
    account.id = id;
    account.address = address;
    account.host = host;
    account.port = port;
    account.security = smtp::Security::ImplicitTls;
    account.username = address;
    return account;
}

mime::Message plainMessage(const QString &from, const QString &to, const QString &subject, const QString &text)
{
    mime::Message message;
    message.from = {QString(), from};
    message.to = {{QString(), to}};
    message.subject = subject;
    message.text = text;
    return message;
}

} // namespace remitente::testing
