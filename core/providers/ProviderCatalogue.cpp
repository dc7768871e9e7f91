#include "ProviderCatalogue.h"

#include "mime/Mailbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>

namespace remitente::providers {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::providers::ProviderCatalogue)
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QString check(const Provider &p)
{
    static const QStringList signIns
        = {QStringLiteral("app-password"), QStringLiteral("mailbox-password"), QStringLiteral("oauth2"),
           QStringLiteral("api-key"), QStringLiteral("smtp-key")};
    static const QStringList kinds
        = {QStringLiteral("mailbox"), QStringLiteral("hosting"), QStringLiteral("transactional")};
    if (p.id.isEmpty() || p.name.isEmpty())
        return Text::tr("an entry has no id or name");
    if (!kinds.contains(p.kind))
        return Text::tr("%1: unknown kind \"%2\"").arg(p.id, p.kind);
    if (!signIns.contains(p.signIn))
        return Text::tr("%1: unknown sign-in \"%2\"").arg(p.id, p.signIn);
    if (p.servers.isEmpty())
        return Text::tr("%1: no servers").arg(p.id);
    for (const ServerSetting &s : p.servers) {
        if (s.host.isEmpty() || s.port == 0 || (s.security != u"tls" && s.security != u"starttls"))
            return Text::tr("%1: a server is incomplete").arg(p.id);
        if (s.host.contains(QStringLiteral("%REGION%")) && p.regions.isEmpty())
            return Text::tr("%1: a server needs a region but none is listed").arg(p.id);
    }
    if (p.imap
        && (p.imap->host.isEmpty() || p.imap->port == 0
            || (p.imap->security != u"tls" && p.imap->security != u"starttls")
            || p.imap->host.contains(QStringLiteral("%REGION%"))))
        return Text::tr("%1: the IMAP server is incomplete").arg(p.id);
    if (!p.passwordPage.isEmpty() && QUrl(p.passwordPage).scheme() != u"https")
        return Text::tr("%1: the password page is not an https address").arg(p.id);
    if (p.signIn == u"app-password" && (p.passwordPage.isEmpty() || p.steps.isEmpty()))
        return Text::tr("%1: an app password needs its page and steps").arg(p.id);
    if (p.signIn == u"oauth2" && !p.oauth2)
        return Text::tr("%1: signing in with oauth2 needs an oauth2 object").arg(p.id);
    return {};
}

constexpr qint64 MaxCatalogueBytes = 1024 * 1024;

// The "providers" array of a catalogue file, or nullopt with the reason.
std::optional<QJsonArray> readCatalogueFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return std::nullopt;
    }
    const QByteArray bytes = file.read(MaxCatalogueBytes + 1);
    if (bytes.size() > MaxCatalogueBytes) {
        *problem = Text::tr("it is larger than %1 KiB").arg(MaxCatalogueBytes / 1024);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = parseError.errorString();
        return std::nullopt;
    }
    if (document.object().value(QStringLiteral("schema")).toInt() != 1) {
        *problem = Text::tr("unknown schema version");
        return std::nullopt;
    }
    return document.object().value(QStringLiteral("providers")).toArray();
}

// The "oauth2" object: exactly these keys, https addresses, a client id may be empty (the build fills it in).
std::optional<oauth::OAuthSettings> parseOAuth(const QString &id, const QJsonObject &o, QString *problem)
{
    static const QStringList keys
        = {QStringLiteral("authorizeUrl"), QStringLiteral("tokenUrl"), QStringLiteral("deviceCodeUrl"),
           QStringLiteral("scopes"),       QStringLiteral("clientId"), QStringLiteral("clientSecret"),
           QStringLiteral("tenant")};
    for (const QString &key : o.keys()) {
        if (!keys.contains(key)) {
            *problem = Text::tr("%1: unknown oauth2 field \"%2\"").arg(id, key);
            return std::nullopt;
        }
    }
    oauth::OAuthSettings settings;
    settings.authorizeUrl = QUrl(o.value(QStringLiteral("authorizeUrl")).toString());
    settings.tokenUrl = QUrl(o.value(QStringLiteral("tokenUrl")).toString());
    settings.deviceCodeUrl = QUrl(o.value(QStringLiteral("deviceCodeUrl")).toString());
    settings.scopes = strings(o.value(QStringLiteral("scopes")));
    settings.clientId = o.value(QStringLiteral("clientId")).toString();
    settings.clientSecret = o.value(QStringLiteral("clientSecret")).toString();
    settings.tenant = o.value(QStringLiteral("tenant")).toString();
    const bool deviceOk = settings.deviceCodeUrl.isEmpty() || settings.deviceCodeUrl.scheme() == u"https";
    if (settings.authorizeUrl.scheme() != u"https" || settings.tokenUrl.scheme() != u"https" || !deviceOk) {
        *problem = Text::tr("%1: the oauth2 addresses must be https addresses").arg(id);
        return std::nullopt;
    }
    if (settings.scopes.isEmpty() || settings.scopes.contains(QString())) {
        *problem = Text::tr("%1: oauth2 needs its scopes").arg(id);
        return std::nullopt;
    }
    return settings;
}

// One entry. An organisation's entry (partial) needs only id, name, servers and signIn.
std::optional<Provider> parseProvider(const QJsonObject &o, bool partial, QString *problem)
{
    Provider p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.kind = o.value(QStringLiteral("kind")).toString(partial ? QStringLiteral("mailbox") : QString());
    p.domains = strings(o.value(QStringLiteral("domains")));
    p.mxPatterns = strings(o.value(QStringLiteral("mx")));
    for (const QJsonValue &s : o.value(QStringLiteral("servers")).toArray()) {
        const QJsonObject so = s.toObject();
        p.servers.append(
            {so.value(QStringLiteral("host")).toString(), quint16(so.value(QStringLiteral("port")).toInt()),
             so.value(QStringLiteral("security")).toString(), so.value(QStringLiteral("verified")).toBool(true)});
    }
    if (o.contains(QStringLiteral("imap"))) {
        const QJsonObject io = o.value(QStringLiteral("imap")).toObject();
        p.imap = ServerSetting{
            io.value(QStringLiteral("host")).toString(), quint16(io.value(QStringLiteral("port")).toInt()),
            io.value(QStringLiteral("security")).toString(), io.value(QStringLiteral("verified")).toBool(true)};
    }
    p.regions = strings(o.value(QStringLiteral("regions")));
    p.username = o.value(QStringLiteral("username")).toString(partial ? QStringLiteral("address") : QString());
    p.signIn = o.value(QStringLiteral("signIn")).toString();
    p.passwordFormat = o.value(QStringLiteral("passwordFormat")).toString();
    p.passwordPage = o.value(QStringLiteral("passwordPage")).toString();
    p.steps = strings(o.value(QStringLiteral("steps")));
    p.notes = strings(o.value(QStringLiteral("notes")));
    const QJsonObject limits = o.value(QStringLiteral("limits")).toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const QJsonObject limit = it.value().toObject();
        p.limits.append(
            {it.key(),
             {limit.value(QStringLiteral("value")).toInteger(), limit.value(QStringLiteral("verified")).toBool(true)}});
    }
    p.replies = strings(o.value(QStringLiteral("replies")));
    if (o.contains(QStringLiteral("domainCheck"))) {
        const QJsonObject setup = o.value(QStringLiteral("domainCheck")).toObject();
        p.domainSetup = DomainSetup{strings(setup.value(QStringLiteral("spfIncludes"))),
                                    setup.value(QStringLiteral("verified")).toBool(),
                                    strings(setup.value(QStringLiteral("dkimSelectors")))};
    }
    if (o.contains(QStringLiteral("oauth2"))) {
        p.oauth2 = parseOAuth(p.id, o.value(QStringLiteral("oauth2")).toObject(), problem);
        if (!p.oauth2)
            return std::nullopt;
    }
    if (const QString wrong = check(p); !wrong.isEmpty()) {
        *problem = wrong;
        return std::nullopt;
    }
    return p;
}
} // namespace

bool Provider::matchesMx(const QString &mxHost) const
{
    QString host = mxHost.toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    for (const QString &pattern : mxPatterns) {
        if (pattern.startsWith(QStringLiteral("*.")) ? host.endsWith(pattern.mid(1)) : host == pattern)
            return true;
    }
    return false;
}

imap::ImapServer Provider::imapServerFor(const QString &domain) const
{
    if (!imap)
        return {};
    return {QString(imap->host).replace(QStringLiteral("%DOMAIN%"), domain.toLower()), imap->port,
            imap->security == u"starttls" ? imap::ImapSecurity::StartTls : imap::ImapSecurity::Tls};
}

QString Provider::usernameFor(const QString &address) const
{
    if (username == u"address")
        return address;
    if (username == u"localpart")
        return mime::localPartOf(address);
    if (username.startsWith(QStringLiteral("literal:")))
        return username.mid(8);
    return {};
}

QString Provider::normalisePassword(const QString &pasted) const
{
    QString secret = pasted.trimmed();
    if (passwordFormat == u"letters16") {
        QString compact = secret;
        compact.remove(u' ');
        bool letters = compact.size() == 16;
        for (const QChar c : compact)
            letters = letters && c.isLetter() && c.unicode() < 0x80;
        if (letters)
            return compact;
    }
    return secret;
}

QString Provider::displayName() const
{
    return ProviderCatalogue::translated(name);
}

QString Provider::signInBrand() const
{
    const QString host = oauth2 ? oauth2->authorizeUrl.host() : QString();
    if (host == u"login.microsoftonline.com")
        return QStringLiteral("Microsoft");
    if (host == u"accounts.google.com")
        return QStringLiteral("Google");
    return displayName();
}

QString Provider::preferredSignIn() const
{
    if (oauth2 && (signIn == u"oauth2" || oauth2->hasClient()))
        return QStringLiteral("oauth2");
    return signIn;
}

std::optional<ProviderCatalogue> ProviderCatalogue::load(QString *error)
{
    std::optional<ProviderCatalogue> catalogue = loadFrom(QLatin1String(BuiltInPath), error);
    if (!catalogue)
        return catalogue;
    catalogue->applyBuildClientIds();
    const QStringList paths = overridePaths();
    for (auto path = paths.crbegin(); path != paths.crend(); ++path) {
        QString problem;
        if (!catalogue->addOverrides(*path, &problem))
            catalogue->m_overrideProblems.append(problem);
    }
    return catalogue;
}

QStringList ProviderCatalogue::overridePaths()
{
    return QStandardPaths::locateAll(QStandardPaths::AppConfigLocation, QStringLiteral("providers.json"));
}

void ProviderCatalogue::applyBuildClientIds()
{
    for (Provider &p : m_providers) {
        if (!p.oauth2 || p.oauth2->hasClient())
            continue;
        const QString host = p.oauth2->authorizeUrl.host();
        if (host == u"login.microsoftonline.com") {
            p.oauth2->clientId = QStringLiteral(REMITENTE_MICROSOFT_CLIENT_ID);
        } else if (host == u"accounts.google.com") {
            p.oauth2->clientId = QStringLiteral(REMITENTE_GOOGLE_CLIENT_ID);
            p.oauth2->clientSecret = QStringLiteral(REMITENTE_GOOGLE_CLIENT_SECRET);
        }
    }
}

std::optional<ProviderCatalogue> ProviderCatalogue::loadFrom(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ProviderCatalogue> {
        if (error)
            *error = Text::tr("The provider catalogue %1 is not usable: %2").arg(path, message);
        return std::nullopt;
    };
    QString problem;
    const std::optional<QJsonArray> entries = readCatalogueFile(path, &problem);
    if (!entries)
        return fail(problem);
    ProviderCatalogue catalogue;
    for (const QJsonValue &value : *entries) {
        std::optional<Provider> p = parseProvider(value.toObject(), false, &problem);
        if (!p)
            return fail(problem);
        if (catalogue.byId(p->id))
            return fail(Text::tr("%1 appears twice").arg(p->id));
        if (const QString taken = catalogue.domainTaken(*p); !taken.isEmpty())
            return fail(Text::tr("the domain %1 belongs to two providers").arg(taken));
        catalogue.m_providers.append(*p);
    }
    if (catalogue.m_providers.isEmpty())
        return fail(Text::tr("it lists no providers"));
    return catalogue;
}

bool ProviderCatalogue::addOverrides(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = Text::tr("Your organisation's provider list %1 was ignored: %2").arg(path, message);
        return false;
    };
    QString problem;
    const std::optional<QJsonArray> entries = readCatalogueFile(path, &problem);
    if (!entries)
        return fail(problem);
    ProviderCatalogue result = *this;
    QStringList seen;
    for (const QJsonValue &value : *entries) {
        std::optional<Provider> p = parseProvider(value.toObject(), true, &problem);
        if (!p)
            return fail(problem);
        if (seen.contains(p->id))
            return fail(Text::tr("%1 appears twice").arg(p->id));
        seen.append(p->id);
        result.m_providers.removeIf([&](const Provider &old) { return old.id == p->id; });
        if (const QString taken = result.domainTaken(*p); !taken.isEmpty())
            return fail(Text::tr("the domain %1 belongs to two providers").arg(taken));
        result.m_providers.append(*p);
    }
    m_providers = std::move(result.m_providers);
    return true;
}

QString ProviderCatalogue::domainTaken(const Provider &candidate) const
{
    for (const QString &domain : candidate.domains) {
        if (byDomain(domain))
            return domain;
    }
    return {};
}

const Provider *ProviderCatalogue::byId(const QString &id) const
{
    for (const Provider &p : m_providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Provider *ProviderCatalogue::forAccount(const QString &providerId, const QString &address) const
{
    const Provider *provider = providerId.isEmpty() ? nullptr : byId(providerId);
    return provider ? provider : byDomain(mime::domainOf(address));
}

const Provider *ProviderCatalogue::byDomain(const QString &domain) const
{
    const QString wanted = domain.trimmed().toLower();
    for (const Provider &p : m_providers) {
        if (p.domains.contains(wanted))
            return &p;
    }
    return nullptr;
}

const Provider *ProviderCatalogue::byMx(const QString &mxHost) const
{
    for (const Provider &p : m_providers) {
        if (p.matchesMx(mxHost))
            return &p;
    }
    return nullptr;
}

QString ProviderCatalogue::translated(const QString &text)
{
    return QCoreApplication::translate("remitente::providers", text.toUtf8().constData());
}

} // namespace remitente::providers
