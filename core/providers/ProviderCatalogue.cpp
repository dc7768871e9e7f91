#include "ProviderCatalogue.h"

#include "mime/Mailbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    if (!p.passwordPage.isEmpty() && QUrl(p.passwordPage).scheme() != u"https")
        return Text::tr("%1: the password page is not an https address").arg(p.id);
    if (p.signIn == u"app-password" && (p.passwordPage.isEmpty() || p.steps.isEmpty()))
        return Text::tr("%1: an app password needs its page and steps").arg(p.id);
    return {};
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

std::optional<ProviderCatalogue> ProviderCatalogue::load(QString *error)
{
    return loadFrom(QLatin1String(BuiltInPath), error);
}

std::optional<ProviderCatalogue> ProviderCatalogue::loadFrom(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ProviderCatalogue> {
        if (error)
            *error = Text::tr("The provider catalogue %1 is not usable: %2").arg(path, message);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    if (document.object().value(QStringLiteral("schema")).toInt() != 1)
        return fail(Text::tr("unknown schema version"));

    ProviderCatalogue catalogue;
    for (const QJsonValue &value : document.object().value(QStringLiteral("providers")).toArray()) {
        const QJsonObject o = value.toObject();
        Provider p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.name = o.value(QStringLiteral("name")).toString();
        p.kind = o.value(QStringLiteral("kind")).toString();
        p.domains = strings(o.value(QStringLiteral("domains")));
        p.mxPatterns = strings(o.value(QStringLiteral("mx")));
        for (const QJsonValue &s : o.value(QStringLiteral("servers")).toArray()) {
            const QJsonObject so = s.toObject();
            p.servers.append(
                {so.value(QStringLiteral("host")).toString(), quint16(so.value(QStringLiteral("port")).toInt()),
                 so.value(QStringLiteral("security")).toString(), so.value(QStringLiteral("verified")).toBool(true)});
        }
        p.regions = strings(o.value(QStringLiteral("regions")));
        p.username = o.value(QStringLiteral("username")).toString();
        p.signIn = o.value(QStringLiteral("signIn")).toString();
        p.passwordFormat = o.value(QStringLiteral("passwordFormat")).toString();
        p.passwordPage = o.value(QStringLiteral("passwordPage")).toString();
        p.steps = strings(o.value(QStringLiteral("steps")));
        p.notes = strings(o.value(QStringLiteral("notes")));
        const QJsonObject limits = o.value(QStringLiteral("limits")).toObject();
        for (auto it = limits.begin(); it != limits.end(); ++it) {
            const QJsonObject limit = it.value().toObject();
            p.limits.append({it.key(), {limit.value(QStringLiteral("value")).toInteger(),
                                        limit.value(QStringLiteral("verified")).toBool(true)}});
        }
        p.replies = strings(o.value(QStringLiteral("replies")));
        if (o.contains(QStringLiteral("domainCheck"))) {
            const QJsonObject setup = o.value(QStringLiteral("domainCheck")).toObject();
            p.domainSetup = DomainSetup{strings(setup.value(QStringLiteral("spfIncludes"))),
                                        setup.value(QStringLiteral("verified")).toBool(),
                                        strings(setup.value(QStringLiteral("dkimSelectors")))};
        }
        if (const QString problem = check(p); !problem.isEmpty())
            return fail(problem);
        if (catalogue.byId(p.id))
            return fail(Text::tr("%1 appears twice").arg(p.id));
        for (const QString &domain : std::as_const(p.domains)) {
            if (catalogue.byDomain(domain))
                return fail(Text::tr("the domain %1 belongs to two providers").arg(domain));
        }
        catalogue.m_providers.append(p);
    }
    if (catalogue.m_providers.isEmpty())
        return fail(Text::tr("it lists no providers"));
    return catalogue;
}

const Provider *ProviderCatalogue::byId(const QString &id) const
{
    for (const Provider &p : m_providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
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
