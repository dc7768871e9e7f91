#pragma once

#include "SecretStore.h"

#include <QHash>

#include <chrono>

namespace remitente::accounts {

// The system keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows): service "Remitente", one entry per account id. Never falls back to a plaintext file.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr,
                                 std::chrono::milliseconds timeout = std::chrono::seconds(20));
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

    static QString serviceName() { return QStringLiteral("Remitente"); }

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret, Callback done);

    std::chrono::milliseconds m_timeout;
};

// "Don't save it, ask me each time": kept in this process's memory only, gone when the app closes.
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace remitente::accounts
