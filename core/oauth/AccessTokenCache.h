#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>

namespace remitente::oauth {

// Access tokens per account, in memory only (refresh tokens live in the keychain; access tokens never touch disk).
// A token counts as valid only while it outlives now + margin, so it is refreshed ahead of expiry rather than
// failing in the middle of a session.
class AccessTokenCache
{
public:
    static constexpr std::chrono::seconds DefaultMargin{60};

    AccessTokenCache() = default;
    AccessTokenCache(const AccessTokenCache &) = delete;
    AccessTokenCache &operator=(const AccessTokenCache &) = delete;
    ~AccessTokenCache();

    void store(const QString &accountId, const QString &accessToken, const QDateTime &expiresAt);
    bool valid(const QString &accountId, std::chrono::seconds margin = DefaultMargin,
               const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The token when valid(accountId, margin, now); empty otherwise.
    QString accessToken(const QString &accountId, std::chrono::seconds margin = DefaultMargin,
                        const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QDateTime expiresAt(const QString &accountId) const; // invalid when none is kept
    void forget(const QString &accountId);               // signed out, or the server refused the token
    void clear();

private:
    struct Entry {
        QString accessToken;
        QDateTime expiresAt;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace remitente::oauth
