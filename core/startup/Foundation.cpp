#include "Foundation.h"

#include "accounts/SignInStates.h"

namespace remitente::startup {

Foundation::Foundation(accounts::SessionPlanner::Settings planning) : m_planning(std::move(planning))
{
    if (m_planning.signInStatesPath.isEmpty())
        m_planning.signInStatesPath = accounts::SignInStates::defaultPath();
}

Foundation::~Foundation() = default;

std::optional<StartFailure> Foundation::open()
{
    QString error;
    m_catalogue = providers::ProviderCatalogue::load(&error);
    if (!m_catalogue)
        return StartFailure{StartFailure::Kind::Catalogue, error};
    m_planner = std::make_unique<accounts::SessionPlanner>(m_secrets, *m_catalogue, m_planning);
    return std::nullopt;
}

std::optional<StartFailure> Foundation::openOutbox(const QString &outboxPath)
{
    m_loaded = m_accounts.load();
    QString error;
    if (!m_outboxStore.open(outboxPath, &error))
        return StartFailure{StartFailure::Kind::Outbox, error};
    return std::nullopt;
}

outbox::Outbox &Foundation::outbox()
{
    if (!m_outbox)
        m_outbox = std::make_unique<outbox::Outbox>(m_outboxStore, m_accounts, *m_planner, *m_catalogue);
    return *m_outbox;
}

} // namespace remitente::startup
