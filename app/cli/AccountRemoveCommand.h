#pragma once

#include "Command.h"

#include "accounts/SecretStore.h"

#include <memory>

namespace remitente::cli {

// `remitente-cli account remove ID|ADDRESS`: the password leaves the system keychain first, then the account the
// list; never a saved account without its password.
class AccountRemoveCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("account remove"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    std::unique_ptr<accounts::SecretStore> m_secrets;
};

} // namespace remitente::cli
