#include "GuideData.h"

#include "CodeSnippet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace remitente::guides {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::guides::GuideData)
};

const QString GuidesFile = QStringLiteral("guides.json");
const QString SnippetsFolder = QStringLiteral("snippets");

// At most limit bytes of the file, or nullopt with the reason.
std::optional<QByteArray> readBounded(const QString &path, qint64 limit, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return std::nullopt;
    }
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) {
        *problem = Text::tr("it is larger than %1 KiB").arg(limit / 1024);
        return std::nullopt;
    }
    return bytes;
}

bool hasLanguageText(const QJsonValue &value)
{
    return value.isString() ? !value.toString().isEmpty()
                            : !value.toObject().value(QStringLiteral("en")).toString().isEmpty();
}

// A piece of the file quoted in a problem: short, so that a window showing the problem keeps its size.
QString quoted(const QString &text)
{
    constexpr qsizetype most = 40;
    return text.size() <= most ? text : text.left(most) + u'…';
}

// What is wrong with a mistake's condition (see FieldGuide): empty when it is usable or absent.
QString conditionProblem(const QJsonValue &condition)
{
    if (condition.isUndefined())
        return {};
    if (!condition.isObject())
        return Text::tr("must be an object");
    const QJsonObject object = condition.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"usernameDiffers") {
            if (!it.value().isBool())
                return Text::tr("usernameDiffers must be true or false");
            continue;
        }
        const bool signIn = it.key() == u"signIn";
        if (!signIn && it.key() != u"security")
            return Text::tr("has an unknown condition \"%1\"").arg(quoted(it.key()));
        if (!it.value().isArray() || it.value().toArray().isEmpty())
            return Text::tr("%1 must be a list of names").arg(quoted(it.key()));
        for (const QJsonValue &name : it.value().toArray()) {
            const bool known = signIn ? accounts::signInKindFromName(name.toString()).has_value()
                                      : smtp::securityFromName(name.toString()).has_value();
            if (!known)
                return Text::tr("names an unknown %1 \"%2\"").arg(it.key(), quoted(name.toString()));
        }
    }
    return {};
}

// Why a guide cannot be shown; empty when it can. The same rules for the built-in file and a correction: a
// correction replaces the whole guide.
QString guideProblem(const QJsonObject &guide)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    static const QStringList kinds
        = {QStringLiteral("host"),        QStringLiteral("port"),     QStringLiteral("security"),
           QStringLiteral("username"),    QStringLiteral("password"), QStringLiteral("address"),
           QStringLiteral("displayName"), QStringLiteral("text")};
    const QString id = guide.value(QStringLiteral("id")).toString();
    if (!idPattern.match(id).hasMatch())
        return Text::tr(
            "a guide has no id, or one longer than 40 characters or with more than lowercase letters, digits "
            "and dashes");
    if (!hasLanguageText(guide.value(QStringLiteral("program"))))
        return Text::tr("%1: no program name").arg(id);
    static const QStringList securityKeys = {QStringLiteral("tls"), QStringLiteral("starttls"), QStringLiteral("none")};
    for (const QJsonValue &security : guide.value(QStringLiteral("securities")).toArray()) {
        if (!securityKeys.contains(security.toString()))
            return Text::tr("%1: securities must be tls, starttls or none").arg(id);
    }
    for (const QJsonValue &mistake : guide.value(QStringLiteral("mistakes")).toArray()) {
        if (const QString wrong = conditionProblem(mistake.toObject().value(QStringLiteral("if"))); !wrong.isEmpty())
            return Text::tr("%1: a mistake's \"if\" %2").arg(id, wrong);
    }
    if (guide.value(QStringLiteral("source")).toString().isEmpty())
        return Text::tr("%1: no source (where its field names come from)").arg(id);
    const QJsonArray fields = guide.value(QStringLiteral("fields")).toArray();
    if (fields.isEmpty())
        return Text::tr("%1: no fields").arg(id);
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        if (field.value(QStringLiteral("label")).toObject().value(QStringLiteral("en")).toString().isEmpty())
            return Text::tr("%1: a field has no English label").arg(id);
        const QString kind = field.value(QStringLiteral("value")).toString();
        if (!kinds.contains(kind))
            return Text::tr("%1: unknown value \"%2\"").arg(id, quoted(kind));
        const QJsonObject choices = field.value(QStringLiteral("choices")).toObject();
        if (kind == u"security"
            && !(hasLanguageText(choices.value(QStringLiteral("tls")))
                 && hasLanguageText(choices.value(QStringLiteral("starttls")))
                 && hasLanguageText(choices.value(QStringLiteral("none")))))
            return Text::tr("%1: a security field needs its choices for tls, starttls and none").arg(id);
        if (kind == u"text" && !hasLanguageText(field.value(QStringLiteral("text"))))
            return Text::tr("%1: a text field needs its text").arg(id);
    }
    return {};
}

// The "guides" array of a guides file, each guide checked, or nullopt with the reason.
std::optional<QJsonArray> readGuidesFile(const QString &path, QString *problem)
{
    const std::optional<QByteArray> bytes = readBounded(path, GuideData::MaxGuidesBytes, problem);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = parseError.errorString();
        return std::nullopt;
    }
    const QJsonArray guides = document.object().value(QStringLiteral("guides")).toArray();
    if (guides.isEmpty()) {
        *problem = Text::tr("it has no \"guides\" list");
        return std::nullopt;
    }
    QStringList seen;
    for (const QJsonValue &guide : guides) {
        if (const QString wrong = guideProblem(guide.toObject()); !wrong.isEmpty()) {
            *problem = wrong;
            return std::nullopt;
        }
        const QString id = guide.toObject().value(QStringLiteral("id")).toString();
        if (seen.contains(id)) {
            *problem = Text::tr("%1 appears twice").arg(id);
            return std::nullopt;
        }
        seen.append(id);
    }
    return guides;
}

// Why a template cannot be used: a section left open or closed out of order, or a name Remitente does not fill in.
QString templateProblem(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(R"(\{\{([#^/]?)(\w+)(\|sh)?\}\})"));
    const SnippetTemplateNames known = snippetTemplateNames();
    QStringList open;
    for (const QRegularExpressionMatch &match : tag.globalMatch(text)) {
        const QString kind = match.captured(1);
        const QString name = match.captured(2);
        if (kind.isEmpty()) {
            if (!known.values.contains(name))
                return Text::tr("unknown name {{%1}}").arg(quoted(name));
        } else if (!known.flags.contains(name)) {
            return Text::tr("unknown section {{%1%2}}").arg(kind, quoted(name));
        } else if (kind != u"/") {
            open.append(name);
        } else if (open.isEmpty() || open.takeLast() != name) {
            return Text::tr("{{/%1}} does not close the open section").arg(name);
        }
    }
    if (!open.isEmpty())
        return Text::tr("the section {{%1}} is not closed").arg(open.last());
    return {};
}

std::optional<QString> readTemplateFile(const QString &path, QString *problem)
{
    const std::optional<QByteArray> bytes = readBounded(path, GuideData::MaxTemplateBytes, problem);
    if (!bytes)
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(*bytes);
    if (decoder.hasError()) {
        *problem = Text::tr("it is not UTF-8 text");
        return std::nullopt;
    }
    // The snippet is printed to a terminal as it is: no escape sequences.
    const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r') || c.unicode() == 0x7f;
    });
    if (control) {
        *problem = Text::tr("it has control characters");
        return std::nullopt;
    }
    if (text.trimmed().isEmpty()) {
        *problem = Text::tr("it is empty");
        return std::nullopt;
    }
    if (const QString wrong = templateProblem(text); !wrong.isEmpty()) {
        *problem = wrong;
        return std::nullopt;
    }
    return text;
}

QString builtIn(const QString &relative)
{
    return QLatin1String(GuideData::BuiltInFolder) + u'/' + relative;
}

// The files at relative in folders, in the folders' order.
QStringList existing(const QStringList &folders, const QString &relative)
{
    QStringList paths;
    for (const QString &folder : folders) {
        const QString path = QDir(folder).filePath(relative);
        if (QFileInfo(path).isFile())
            paths.append(path);
    }
    return paths;
}

} // namespace

GuideData GuideData::load()
{
    GuideData data;
    data.loadGuides();
    for (const QString &fileName : snippetTemplateFiles())
        data.loadTemplate(fileName);
    return data;
}

const GuideData &GuideData::current()
{
    static const GuideData data = load();
    return data;
}

QStringList GuideData::overrideFolders()
{
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::AppConfigLocation);
    folders.removeIf([](const QString &folder) { return !QFileInfo(folder).isDir(); });
    return folders;
}

QStringList GuideData::installedFolders()
{
    QStringList folders = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("remitente"),
                                                    QStandardPaths::LocateDirectory);
    if (QCoreApplication::instance()) {
        const QString besideProgram
            = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/remitente"));
        const QString canonical = QFileInfo(besideProgram).canonicalFilePath();
        bool known = false;
        for (const QString &folder : folders)
            known = known || QFileInfo(folder).canonicalFilePath() == canonical;
        if (!canonical.isEmpty() && !known)
            folders.append(canonical);
    }
    return folders;
}

void GuideData::loadGuides()
{
    auto ignored = [this](const QString &path, const QString &problem) {
        m_problems.append(Text::tr("The guides file %1 was ignored: %2").arg(QDir::toNativeSeparators(path), problem));
    };
    QString problem;
    const QStringList candidates = existing(installedFolders(), GuidesFile) + QStringList{builtIn(GuidesFile)};
    for (const QString &path : candidates) {
        if (const std::optional<QJsonArray> guides = readGuidesFile(path, &problem)) {
            m_guides = *guides;
            break;
        }
        ignored(path, problem);
    }
    // The system's corrections first, so that the person's own win.
    const QStringList corrections = existing(overrideFolders(), GuidesFile);
    for (auto path = corrections.crbegin(); path != corrections.crend(); ++path) {
        const std::optional<QJsonArray> guides = readGuidesFile(*path, &problem);
        if (!guides) {
            ignored(*path, problem);
            continue;
        }
        for (const QJsonValue &guide : *guides) {
            const QJsonValue id = guide.toObject().value(QStringLiteral("id"));
            qsizetype at = 0;
            while (at < m_guides.size() && m_guides.at(at).toObject().value(QStringLiteral("id")) != id)
                ++at;
            if (at < m_guides.size())
                m_guides.replace(at, guide);
            else
                m_guides.append(guide);
        }
    }
}

void GuideData::loadTemplate(const QString &fileName)
{
    const QString relative = SnippetsFolder + u'/' + fileName;
    QString problem;
    const QStringList candidates
        = existing(overrideFolders() + installedFolders(), relative) + QStringList{builtIn(relative)};
    for (const QString &path : candidates) {
        if (const std::optional<QString> text = readTemplateFile(path, &problem)) {
            m_templates.insert(fileName, *text);
            return;
        }
        m_problems.append(
            Text::tr("The snippet template %1 was ignored: %2").arg(QDir::toNativeSeparators(path), problem));
    }
}

} // namespace remitente::guides
