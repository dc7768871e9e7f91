#pragma once

#include "providers/Discovery.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace remitente::cli {

// `remitente-cli detect EMAIL`: prints each discovery step as it happens, then the settings found.
class DetectCommand : public QObject
{
    Q_OBJECT
public:
    std::optional<int> start(const QStringList &arguments);

private:
    void report(const providers::DiscoveryResult &result);

    std::optional<providers::ProviderCatalogue> m_catalogue;
    std::unique_ptr<net::DnsResolver> m_resolver;
    std::unique_ptr<providers::Discovery> m_discovery;
    bool m_json = false;
};

} // namespace remitente::cli
