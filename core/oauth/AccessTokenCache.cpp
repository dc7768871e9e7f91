#include "AccessTokenCache.h"

#include "system/SecretWipe.h"

namespace remitente::oauth {

AccessTokenCache::~AccessTokenCache()
{
    clear();
}

void AccessTokenCache::store(const QString &accountId, const QString &accessToken, const QDateTime &expiresAt)
{
    forget(accountId);
    m_entries.insert(accountId, {accessToken, expiresAt.toUTC()});
}

bool AccessTokenCache::valid(const QString &accountId, std::chrono::seconds margin, const QDateTime &now) const
{
    const auto entry = m_entries.constFind(accountId);
    return entry != m_entries.cend() && !entry->accessToken.isEmpty() && entry->expiresAt.isValid()
        && entry->expiresAt > now.toUTC().addSecs(margin.count());
}

QString AccessTokenCache::accessToken(const QString &accountId, std::chrono::seconds margin, const QDateTime &now) const
{
    return valid(accountId, margin, now) ? m_entries.value(accountId).accessToken : QString();
}

QDateTime AccessTokenCache::expiresAt(const QString &accountId) const
{
    return m_entries.value(accountId).expiresAt;
}

void AccessTokenCache::forget(const QString &accountId)
{
    const auto entry = m_entries.find(accountId);
    if (entry == m_entries.end())
        return;
    system::wipeSecret(entry->accessToken);
    m_entries.erase(entry);
}

void AccessTokenCache::clear()
{
    for (Entry &entry : m_entries)
        system::wipeSecret(entry.accessToken);
    m_entries.clear();
}

} // namespace remitente::oauth
