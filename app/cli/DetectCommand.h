#pragma once

#include "Command.h"

#include "providers/Discovery.h"

#include <QObject>
#include <QStringList>

#include <QTextStream>

#include <memory>
#include <optional>

namespace remitente::cli {

// `remitente-cli detect EMAIL`: prints each discovery step as it happens, then the settings found.
class DetectCommand : public Command
{
    Q_OBJECT
public:
    DetectCommand();
    QString name() const override { return QStringLiteral("detect"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    void report(const providers::DiscoveryResult &result);
    // The provider's notes in the person's language, and what this build cannot do with it.
    static QStringList notes(const providers::Provider *provider);
    static void printSignIn(QTextStream &out, const providers::Provider *provider);

    QCommandLineOption m_dnsServer, m_caFile, m_timeout, m_json;
    std::optional<providers::ProviderCatalogue> m_catalogue;
    std::unique_ptr<net::DnsResolver> m_resolver;
    std::unique_ptr<providers::Discovery> m_discovery;
    bool m_asJson = false;
};

} // namespace remitente::cli
