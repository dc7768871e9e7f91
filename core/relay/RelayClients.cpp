#include "RelayClients.h"

#include "accounts/AccountStore.h"
#include "system/FileLock.h"
#include "system/PrivateFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <functional>

namespace remitente::relay {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::relay::RelayClients)
};

constexpr qint64 MaxFileBytes = 1024 * 1024;

QByteArray hashOf(const QByteArray &salt, const QString &password)
{
    return QCryptographicHash::hash(salt + password.toUtf8(), QCryptographicHash::Sha256);
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

// 26 characters of an alphabet without look-alikes (no 0/o, 1/l): 130 bits.
QString newPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 26; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return password;
}

QList<RelayClient> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<RelayClient> clients;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(file.read(MaxFileBytes)).object().value(QStringLiteral("clients")).toArray()) {
        const QJsonObject o = value.toObject();
        RelayClient client;
        client.name = o.value(QStringLiteral("name")).toString();
        client.accountId = o.value(QStringLiteral("account")).toString();
        client.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
        client.passwordHash = QByteArray::fromBase64(o.value(QStringLiteral("sha256")).toString().toLatin1());
        client.createdAt = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        if (RelayClients::isValidName(client.name) && client.salt.size() >= 16 && client.passwordHash.size() == 32)
            clients.append(client);
    }
    return clients;
}
} // namespace

RelayClients::RelayClients(QString path) : m_path(std::move(path))
{
}

QString RelayClients::defaultPath()
{
    return QFileInfo(accounts::AccountStore::defaultPath()).path() + QStringLiteral("/relay-clients.json");
}

bool RelayClients::isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    return valid.match(name).hasMatch();
}

QList<RelayClient> RelayClients::list() const
{
    return readAll(m_path);
}

std::variant<RelayClients::Credentials, QString> RelayClients::add(const QString &name, const QString &accountId)
{
    if (!isValidName(name))
        return Text::tr("\"%1\" cannot be a program's name: use 1 to 64 lower-case letters, digits, \".\", \"_\" or "
                        "\"-\" (for example: shop or scanner-2).")
            .arg(name.left(80));
    const Credentials credentials{name, newPassword()};
    QString error;
    const bool written = rewrite(
        [&](QList<RelayClient> &clients, QString *why) {
            for (const RelayClient &client : std::as_const(clients)) {
                if (client.name == name) {
                    *why = Text::tr("A program named \"%1\" is already allowed; remove it first to give it a new "
                                    "password.")
                               .arg(name);
                    return false;
                }
            }
            RelayClient client;
            client.name = name;
            client.accountId = accountId;
            client.salt.resize(16);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(client.salt.data()), 4);
            client.passwordHash = hashOf(client.salt, credentials.password);
            client.createdAt = QDateTime::currentDateTimeUtc();
            clients.append(client);
            return true;
        },
        &error);
    if (!written)
        return error;
    return credentials;
}

bool RelayClients::remove(const QString &name, QString *error)
{
    return rewrite(
        [&](QList<RelayClient> &clients, QString *why) {
            const qsizetype removed = clients.removeIf([&](const RelayClient &client) { return client.name == name; });
            if (removed == 0)
                *why = Text::tr("No program named \"%1\" is allowed to use the relay.").arg(name.left(80));
            return removed > 0;
        },
        error);
}

std::optional<RelayClient> RelayClients::authenticate(const QString &user, const QString &password) const
{
    std::optional<RelayClient> found;
    for (const RelayClient &client : readAll(m_path)) {
        // Every client is hashed and compared, so the time taken does not tell which names exist.
        const bool match = sameBytes(hashOf(client.salt, password), client.passwordHash);
        if (match && client.name == user)
            found = client;
    }
    return found;
}

bool RelayClients::rewrite(const std::function<bool(QList<RelayClient> &, QString *)> &change, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString why;
    if (!system::makePrivateFolder(QFileInfo(m_path).path(), &why))
        return fail(Text::tr("The list of programs could not be saved in %1: %2").arg(m_path, why));
    system::FileLock lock(m_path + QStringLiteral(".lock"));
    if (lock.lock(std::chrono::seconds(5)) != system::FileLock::Result::Locked)
        return fail(
            Text::tr("The list of programs could not be saved in %1: %2")
                .arg(m_path,
                     lock.errorString().isEmpty() ? Text::tr("another program kept it locked") : lock.errorString()));
    QList<RelayClient> clients = readAll(m_path);
    if (!change(clients, &why))
        return fail(why);
    QJsonArray array;
    for (const RelayClient &client : std::as_const(clients)) {
        QJsonObject o{{QStringLiteral("name"), client.name},
                      {QStringLiteral("salt"), QString::fromLatin1(client.salt.toBase64())},
                      {QStringLiteral("sha256"), QString::fromLatin1(client.passwordHash.toBase64())},
                      {QStringLiteral("created"), client.createdAt.toUTC().toString(Qt::ISODate)}};
        if (!client.accountId.isEmpty())
            o.insert(QStringLiteral("account"), client.accountId);
        array.append(o);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("The list of programs could not be saved in %1: %2").arg(m_path, file.errorString()));
    system::makePrivateFile(file.fileName());
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("clients"), array}}).toJson());
    if (!file.commit())
        return fail(Text::tr("The list of programs could not be saved in %1: %2").arg(m_path, file.errorString()));
    system::makePrivateFile(m_path);
    return true;
}

} // namespace remitente::relay
