// Where the field guides and snippet templates come from: a correction in the config folders, the installed copy in
// share/remitente, the built-in one; a file that cannot be used is named and left out.
#include "guides/CodeSnippet.h"
#include "guides/GuideData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remitente::guides;

namespace {

// The XDG folders in a temporary folder for one test, the application named as the programs name it.
class IsolatedFolders
{
public:
    IsolatedFolders()
    {
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_CONFIG_DIRS", "XDG_DATA_HOME", "XDG_DATA_DIRS"})
            qputenv(name, m_root.filePath(QString::fromLatin1(name)).toUtf8());
        QCoreApplication::setApplicationName(QStringLiteral("Remitente"));
        QCoreApplication::setOrganizationName(QStringLiteral("Remitente"));
    }
    ~IsolatedFolders()
    {
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_CONFIG_DIRS", "XDG_DATA_HOME", "XDG_DATA_DIRS"})
            qunsetenv(name);
        QCoreApplication::setApplicationName(m_app);
        QCoreApplication::setOrganizationName(m_organisation);
    }
    // A person's correction: XDG_CONFIG_HOME/Remitente/Remitente/relative.
    QString user(const QString &relative, const QByteArray &content) const
    {
        return write(QStringLiteral("XDG_CONFIG_HOME/Remitente/Remitente/") + relative, content);
    }
    // An organisation's: XDG_CONFIG_DIRS/Remitente/Remitente/relative.
    QString system(const QString &relative, const QByteArray &content) const
    {
        return write(QStringLiteral("XDG_CONFIG_DIRS/Remitente/Remitente/") + relative, content);
    }
    // The installed data: XDG_DATA_DIRS/remitente/relative.
    QString installed(const QString &relative, const QByteArray &content) const
    {
        return write(QStringLiteral("XDG_DATA_DIRS/remitente/") + relative, content);
    }

private:
    QString write(const QString &relative, const QByteArray &content) const
    {
        const QString path = m_root.filePath(relative);
        EXPECT_TRUE(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return QDir::toNativeSeparators(path);
    }

    QTemporaryDir m_root;
    QString m_app = QCoreApplication::applicationName();
    QString m_organisation = QCoreApplication::organizationName();
};

QByteArray guidesFile(const QByteArray &guides)
{
    return R"({"_comment": "a correction", "guides": [)" + guides + "]}";
}

QByteArray guide(const QByteArray &id, const QByteArray &hostLabel)
{
    return R"({"id": ")" + id + R"(", "program": "Program )" + id
        + R"(", "source": "its manual, page 3", "fields": [{"label": {"en": ")" + hostLabel
        + R"("}, "value": "host"}, {"label": {"en": "Encryption"}, "value": "security", "choices":
         {"tls": "SSL", "starttls": "TLS", "none": {"en": "None", "es": "Ninguna"}}}]})";
}

QJsonObject guideById(const GuideData &data, const QString &id)
{
    for (const QJsonValue &value : data.guides()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

QString firstLabel(const GuideData &data, const QString &id)
{
    return guideById(data, id)
        .value(QStringLiteral("fields"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("label"))
        .toObject()
        .value(QStringLiteral("en"))
        .toString();
}

QJsonObject builtInGuide(const QString &id)
{
    QFile file(QStringLiteral(":/remitente/guides.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(u"guides").toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

QString builtInTemplate(const QString &fileName)
{
    QFile file(QStringLiteral(":/remitente/snippets/") + fileName);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST(GuideData, TheBuiltInDataPassesItsOwnChecks)
{
    const IsolatedFolders folders;
    const GuideData data = GuideData::load();
    EXPECT_TRUE(data.problems().isEmpty()) << data.problems().join(u'\n').toStdString();
    EXPECT_GE(data.guides().size(), 9);
    EXPECT_EQ(firstLabel(data, QStringLiteral("wordpress")), QStringLiteral("SMTP Host"));
    for (const QString &fileName : snippetTemplateFiles())
        EXPECT_EQ(data.snippetTemplate(fileName), builtInTemplate(fileName)) << fileName.toStdString();
}

TEST(GuideData, ACorrectionReplacesItsGuidesAndTemplates)
{
    const IsolatedFolders folders;
    // The organisation corrects WordPress and adds a program; the person corrects WordPress again and wins.
    folders.system(QStringLiteral("guides.json"),
                   guidesFile(guide("wordpress", "Organisation Host") + "," + guide("intranet-cms", "Mail server")));
    folders.user(QStringLiteral("guides.json"), guidesFile(guide("wordpress", "Corrected SMTP Host")));
    folders.user(QStringLiteral("snippets/python.py"), "# corrected\nprint({{host}}, {{port}})\n");
    const GuideData data = GuideData::load();
    EXPECT_TRUE(data.problems().isEmpty()) << data.problems().join(u'\n').toStdString();
    EXPECT_EQ(firstLabel(data, QStringLiteral("wordpress")), QStringLiteral("Corrected SMTP Host"));
    EXPECT_EQ(firstLabel(data, QStringLiteral("intranet-cms")), QStringLiteral("Mail server"));
    EXPECT_FALSE(guideById(data, QStringLiteral("joomla")).isEmpty()); // the others stay as built in
    EXPECT_EQ(guideById(data, QStringLiteral("joomla")), builtInGuide(QStringLiteral("joomla")));
    EXPECT_EQ(data.guides().at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("wordpress"));
    EXPECT_EQ(data.snippetTemplate(QStringLiteral("python.py")),
              QStringLiteral("# corrected\nprint({{host}}, {{port}})\n"));
    EXPECT_EQ(data.snippetTemplate(QStringLiteral("php.php")), builtInTemplate(QStringLiteral("php.php")));
}

TEST(GuideData, TheInstalledCopyIsReadBeforeTheBuiltInOne)
{
    const IsolatedFolders folders;
    folders.installed(QStringLiteral("guides.json"), guidesFile(guide("odoo", "Packaged Host")));
    folders.installed(QStringLiteral("snippets/curl.sh"), "curl {{tlsUrl|sh}}\n");
    const GuideData data = GuideData::load();
    EXPECT_TRUE(data.problems().isEmpty()) << data.problems().join(u'\n').toStdString();
    ASSERT_EQ(data.guides().size(), 1); // the whole file: it is the data, not a correction
    EXPECT_EQ(firstLabel(data, QStringLiteral("odoo")), QStringLiteral("Packaged Host"));
    EXPECT_EQ(data.snippetTemplate(QStringLiteral("curl.sh")), QStringLiteral("curl {{tlsUrl|sh}}\n"));
}

TEST(GuideData, ABrokenCorrectionIsNamedAndTheBuiltInDataUsed)
{
    const std::pair<const char *, QByteArray> broken[] = {
        {"not JSON", "{\"guides\": ["},
        {"no guides", R"({"guide": []})"},
        {"no source", guidesFile(guide("wordpress", "X").replace(R"("source": "its manual, page 3", )", ""))},
        {"unknown value", guidesFile(guide("wordpress", "X").replace(R"("value": "host")", R"("value": "hots")"))},
        {"a choice missing", guidesFile(guide("wordpress", "X").replace(R"("starttls": "TLS", )", ""))},
        {"an id with spaces", guidesFile(guide("word press", "X"))},
        {"twice", guidesFile(guide("wordpress", "X") + "," + guide("wordpress", "Y"))},
        {"a program name without English",
         guidesFile(guide("wordpress", "X").replace(R"("program": "Program wordpress")", R"("program": {"es": "P"})"))},
        {"an unknown security",
         guidesFile(guide("wordpress", "X").replace(R"("source")", R"("securities": ["ssl"], "source")"))},
        {"an unknown condition",
         guidesFile(guide("wordpress", "X")
                        .replace(R"("source")", R"("mistakes": [{"en": "m", "if": {"os": ["linux"]}}], "source")"))},
        {"an unknown sign-in",
         guidesFile(guide("wordpress", "X")
                        .replace(R"("source")", R"("mistakes": [{"en": "m", "if": {"signIn": ["sms"]}}], "source")"))},
        {"a condition that is no list",
         guidesFile(guide("wordpress", "X")
                        .replace(R"("source")", R"("mistakes": [{"en": "m", "if": {"security": "tls"}}], "source")"))},
        {"usernameDiffers that is no boolean",
         guidesFile(
             guide("wordpress", "X")
                 .replace(R"("source")", R"("mistakes": [{"en": "m", "if": {"usernameDiffers": "yes"}}], "source")"))},
    };
    for (const auto &[what, content] : broken) {
        const IsolatedFolders folders;
        const QString path = folders.user(QStringLiteral("guides.json"), content);
        const GuideData data = GuideData::load();
        ASSERT_EQ(data.problems().size(), 1) << what;
        EXPECT_TRUE(data.problems().first().contains(path)) << what << data.problems().first().toStdString();
        EXPECT_TRUE(data.problems().first().contains(u"was ignored")) << what;
        EXPECT_EQ(firstLabel(data, QStringLiteral("wordpress")), QStringLiteral("SMTP Host")) << what;
        EXPECT_GE(data.guides().size(), 9) << what;
    }
}

TEST(GuideData, ABrokenInstalledCopyIsNamedAndTheBuiltInOneUsed)
{
    const IsolatedFolders folders;
    const QString guides = folders.installed(QStringLiteral("guides.json"), "[1, 2, 3]");
    const QString node = folders.installed(QStringLiteral("snippets/node.js"), "{{#tls}}\nconsole.log({{host}})\n");
    const GuideData data = GuideData::load();
    ASSERT_EQ(data.problems().size(), 2) << data.problems().join(u'\n').toStdString();
    EXPECT_TRUE(data.problems().at(0).contains(guides));
    EXPECT_TRUE(data.problems().at(1).contains(node));
    EXPECT_TRUE(data.problems().at(1).contains(QStringLiteral("{{tls}} is not closed")));
    EXPECT_GE(data.guides().size(), 9);
    EXPECT_EQ(data.snippetTemplate(QStringLiteral("node.js")), builtInTemplate(QStringLiteral("node.js")));
}

TEST(GuideData, ABrokenTemplateIsNamedAndTheNextOneUsed)
{
    const std::pair<QByteArray, const char *> broken[] = {
        {"print({{hostname}})\n", "unknown name {{hostname}}"},
        {"{{#tsl}}\nx\n{{/tsl}}\n", "unknown section {{#tsl}}"},
        {"{{#tls}}\n{{#pinned}}\nx\n{{/tls}}\n{{/pinned}}\n", "{{/tls}} does not close the open section"},
        {"print('\xff\xfe')\n", "not UTF-8"},
        {"print('\x1b]0;title\x07')\n", "control characters"},
        {" \n", "empty"},
    };
    for (const auto &[content, why] : broken) {
        const IsolatedFolders folders;
        const QString path = folders.user(QStringLiteral("snippets/msmtp.msmtprc"), content);
        folders.installed(QStringLiteral("snippets/msmtp.msmtprc"), "host {{host}}\n");
        const GuideData data = GuideData::load();
        ASSERT_EQ(data.problems().size(), 1) << why;
        EXPECT_TRUE(data.problems().first().contains(path)) << why;
        EXPECT_TRUE(data.problems().first().contains(QString::fromLatin1(why)))
            << why << data.problems().first().toStdString();
        EXPECT_EQ(data.snippetTemplate(QStringLiteral("msmtp.msmtprc")), QStringLiteral("host {{host}}\n")) << why;
    }
}

TEST(GuideData, AnOversizedFileIsRefused)
{
    const IsolatedFolders folders;
    // Valid JSON, one byte over the limit: refused for its size, not for its content.
    QByteArray big = guidesFile(guide("wordpress", "Too big"));
    big.insert(1, R"("padding": ")" + QByteArray(GuideData::MaxGuidesBytes, 'x') + R"(", )");
    const QString guides = folders.user(QStringLiteral("guides.json"), big);
    const QString python = folders.user(QStringLiteral("snippets/python.py"),
                                        "# " + QByteArray(GuideData::MaxTemplateBytes, 'x') + "\n{{host}}\n");
    const GuideData data = GuideData::load();
    ASSERT_EQ(data.problems().size(), 2) << data.problems().join(u'\n').toStdString();
    EXPECT_TRUE(data.problems().at(0).contains(guides));
    EXPECT_TRUE(data.problems().at(0).contains(QStringLiteral("larger than 1024 KiB")));
    EXPECT_TRUE(data.problems().at(1).contains(python));
    EXPECT_TRUE(data.problems().at(1).contains(QStringLiteral("larger than 64 KiB")));
    EXPECT_EQ(firstLabel(data, QStringLiteral("wordpress")), QStringLiteral("SMTP Host"));
    EXPECT_EQ(data.snippetTemplate(QStringLiteral("python.py")), builtInTemplate(QStringLiteral("python.py")));
}
