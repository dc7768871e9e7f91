// Every message shape, written by MessageWriter and read back by an independent parser (Python's email).
#include "MimeCheck.h"

#include "mime/MessageWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remitente::mime;

namespace {

QByteArray writeAll(MessageWriter &writer)
{
    QByteArray out;
    while (!writer.atEnd())
        out += writer.read(64 * 1024);
    EXPECT_TRUE(writer.errorString().isEmpty()) << writer.errorString().toStdString();
    return out;
}

Message baseMessage()
{
    Message m;
    m.from = {QStringLiteral("Ana Pérez"), QStringLiteral("ana@example.es")};
    m.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.com")}};
    m.subject = QStringLiteral("Presupuesto");
    m.text = QStringLiteral("Hola");
    return m;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

struct Shape {
    QString name;
    Message message;
    bool eightBit = false;
};

} // namespace

TEST(MessageWriter, EveryShapeReadsBackFieldByField)
{
    QTemporaryDir dir;
    QRandomGenerator random(5);
    QByteArray binary(300'000, Qt::Uninitialized);
    for (char &c : binary)
        c = char(random.bounded(256));
    const QString pdf = writeFile(dir, QStringLiteral("informe.pdf"), binary);
    const QString spanishName = writeFile(dir, QStringLiteral("a.bin"), binary.left(1000));
    const QString empty = writeFile(dir, QStringLiteral("empty.txt"), {});

    QList<Shape> shapes;
    {
        Shape s{QStringLiteral("text"), baseMessage()};
        s.message.text = QStringLiteral("Hola, ¿qué tal?\nSegunda línea.\n");
        shapes << s;
    }
    {
        Shape s{QStringLiteral("text8bit"), baseMessage(), true};
        s.message.text = QStringLiteral("Ñandú y pingüino.\n");
        shapes << s;
    }
    {
        Shape s{QStringLiteral("html"), baseMessage()};
        s.message.text = QStringLiteral("Plain version");
        s.message.html = QStringLiteral("<p>Versión <b>HTML</b></p>");
        shapes << s;
    }
    {
        Shape s{QStringLiteral("attachments"), baseMessage()};
        s.message.attachments
            = {{pdf, {}, {}},
               {spanishName, QStringLiteral("Factura de enero — año 2026, versión definitiva con ñ.bin"), {}},
               {empty, {}, QStringLiteral("text/plain")}};
        shapes << s;
    }
    {
        Shape s{QStringLiteral("nonAsciiNamesAndSubject"), baseMessage()};
        s.message.subject = QStringLiteral("Reunión del miércoles 👩‍💻 — ¿confirmas? ") + QString(50, u'ñ');
        s.message.from.name = QStringLiteral("Pérez, María José");
        s.message.cc = {{QStringLiteral("Zoë \"Z\" Ñúñez"), QStringLiteral("zoe@example.org")}};
        s.message.replyTo = {{QString(), QStringLiteral("ventas@example.es")}};
        shapes << s;
    }
    {
        Shape s{QStringLiteral("longSingleLine"), baseMessage()};
        s.message.text = QString(1024 * 1024, u'x');
        shapes << s;
    }
    {
        Shape s{QStringLiteral("dots"), baseMessage()};
        s.message.text = QStringLiteral(".\n..\n.leading\nmiddle.\n.");
        shapes << s;
    }
    {
        Shape s{QStringLiteral("empty"), baseMessage()};
        s.message.text.clear();
        s.message.subject.clear();
        shapes << s;
    }
    {
        Shape s{QStringLiteral("bccOnly"), baseMessage()};
        s.message.to.clear();
        s.message.bcc = {{QStringLiteral("Secret"), QStringLiteral("hidden@example.net")}};
        shapes << s;
    }

    QStringList files;
    QList<QByteArray> written;
    for (const Shape &shape : shapes) {
        QString error;
        auto writer = MessageWriter::create(shape.message, &error, {shape.eightBit});
        ASSERT_TRUE(writer) << error.toStdString();
        const qint64 announced = writer->size();
        const QByteArray bytes = writeAll(*writer);
        EXPECT_EQ(bytes.size(), announced) << shape.name.toStdString() << ": SIZE= must be exact";
        written << bytes;
        files << writeFile(dir, shape.name + QStringLiteral(".eml"), bytes);
    }
    const QJsonArray parsed = remitente::testing::readWithPython(files);
    ASSERT_EQ(parsed.size(), shapes.size());

    for (int i = 0; i < shapes.size(); ++i) {
        const Message &m = shapes[i].message;
        const QJsonObject p = parsed[i].toObject();
        SCOPED_TRACE(shapes[i].name.toStdString());
        EXPECT_TRUE(p.value(QStringLiteral("defects")).toArray().isEmpty())
            << QJsonDocument(p.value(QStringLiteral("defects")).toArray()).toJson().toStdString();
        EXPECT_LE(p.value(QStringLiteral("longest_line")).toInt(), 998);
        EXPECT_EQ(p.value(QStringLiteral("subject")).toString(), m.subject);
        EXPECT_EQ(p.value(QStringLiteral("from")).toArray().at(0).toArray().at(0).toString(), m.from.name);
        EXPECT_EQ(p.value(QStringLiteral("from")).toArray().at(0).toArray().at(1).toString(), m.from.address);
        EXPECT_FALSE(p.value(QStringLiteral("bcc_present")).toBool());
        EXPECT_FALSE(written[i].contains("hidden@example.net")) << "Bcc never in the written message";
        EXPECT_TRUE(p.value(QStringLiteral("date")).toBool());
        EXPECT_TRUE(p.value(QStringLiteral("message_id")).toString().endsWith(QStringLiteral("@example.es>")));
        EXPECT_EQ(p.value(QStringLiteral("mime_version")).toString(), QStringLiteral("1.0"));
        for (qsizetype c = 0; c < m.cc.size(); ++c)
            EXPECT_EQ(p.value(QStringLiteral("cc")).toArray().at(c).toArray().at(0).toString(), m.cc[c].name);
        QString expectedText = m.text;
        expectedText.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QString gotText = p.value(QStringLiteral("text")).toString();
        gotText.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // CRLF is the wire form of a line end
        if (!expectedText.endsWith(u'\n') && gotText.endsWith(u'\n'))
            gotText.chop(1); // the transport ends every message with a line break
        EXPECT_EQ(gotText, expectedText);
        if (!m.html.isEmpty()) {
            EXPECT_EQ(p.value(QStringLiteral("html")).toString().trimmed(), m.html);
        }
        const QJsonArray attachments = p.value(QStringLiteral("attachments")).toArray();
        ASSERT_EQ(attachments.size(), m.attachments.size());
        for (qsizetype a = 0; a < m.attachments.size(); ++a) {
            QFile original(m.attachments[a].path);
            ASSERT_TRUE(original.open(QIODevice::ReadOnly));
            const QJsonObject got = attachments[a].toObject();
            EXPECT_EQ(
                got.value(QStringLiteral("sha256")).toString(),
                QString::fromLatin1(QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256).toHex()))
                << "attachment bytes differ";
            const QString expectedName = m.attachments[a].fileName.isEmpty()
                ? QFileInfo(m.attachments[a].path).fileName()
                : m.attachments[a].fileName;
            EXPECT_EQ(got.value(QStringLiteral("filename")).toString(), expectedName);
        }
    }
    EXPECT_TRUE(written[1].contains("Content-Transfer-Encoding: 8bit"));
    EXPECT_TRUE(written[0].contains("Content-Transfer-Encoding: quoted-printable"));
    EXPECT_TRUE(written[3].contains("filename*0*=utf-8''Factura"));
    EXPECT_TRUE(written[8].contains("To: undisclosed-recipients:;"));
}

TEST(MessageWriter, StreamsAttachmentsWithoutHoldingThem)
{
    QTemporaryDir dir;
    const QString big = writeFile(dir, QStringLiteral("big.bin"), QByteArray(5 * 1024 * 1024, 'z'));
    Message m = baseMessage();
    m.attachments = {{big, {}, {}}};
    QString error;
    auto writer = MessageWriter::create(m, &error);
    ASSERT_TRUE(writer);
    qint64 total = 0;
    qint64 largestPiece = 0;
    while (!writer->atEnd()) {
        const QByteArray piece = writer->read(256 * 1024);
        largestPiece = std::max<qint64>(largestPiece, piece.size());
        total += piece.size();
    }
    EXPECT_EQ(total, writer->size());
    EXPECT_LE(largestPiece, 256 * 1024);
}

TEST(MessageWriter, ClearErrorsForBadInput)
{
    QString error;
    Message noRecipients = baseMessage();
    noRecipients.to.clear();
    EXPECT_FALSE(MessageWriter::create(noRecipients, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no recipients")));

    Message missing = baseMessage();
    missing.attachments = {{QStringLiteral("/nonexistent/contrato.pdf"), {}, {}}};
    EXPECT_FALSE(MessageWriter::create(missing, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent/contrato.pdf")));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist")));

    Message injected = baseMessage();
    injected.subject = QStringLiteral("Hi\r\nBcc: victim@example.com");
    EXPECT_FALSE(MessageWriter::create(injected, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("subject")));

    Message badName = baseMessage();
    badName.to.first().name = QStringLiteral("Bob\nX-Evil: 1");
    EXPECT_FALSE(MessageWriter::create(badName, &error));

    Message badFrom = baseMessage();
    badFrom.from.address = QStringLiteral("not-an-address");
    EXPECT_FALSE(MessageWriter::create(badFrom, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not-an-address")));
}

// A newsletter carries its way out (RFC 2369) and, with an https page, one-click unsubscribe (RFC 8058).
TEST(MessageWriter, NewsletterHeadersReadBackByAnIndependentParser)
{
    QTemporaryDir dir;
    Message withPage = baseMessage();
    withPage.listUnsubscribe = ListUnsubscribe{QStringLiteral("ana@example.es"),
                                               QStringLiteral("https://example.es/baja?lista=noticias&id=42")};
    Message mailtoOnly = baseMessage();
    mailtoOnly.listUnsubscribe = ListUnsubscribe{QStringLiteral("boletín@ejemplo-ñ.es"), QString()};
    Message plain = baseMessage();

    QStringList files;
    QList<QByteArray> written;
    for (const Message &message : {withPage, mailtoOnly, plain}) {
        QString error;
        auto writer = MessageWriter::create(message, &error, {true});
        ASSERT_TRUE(writer) << error.toStdString();
        const qint64 announced = writer->size();
        written << writeAll(*writer);
        EXPECT_EQ(written.last().size(), announced);
        files << writeFile(dir, QStringLiteral("n%1.eml").arg(files.size()), written.last());
    }
    EXPECT_TRUE(written[0].contains("List-Unsubscribe: <https://example.es/baja?lista=noticias&id=42>,\r\n "
                                    "<mailto:ana@example.es?subject=unsubscribe>\r\n"));
    EXPECT_TRUE(written[0].contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"));

    const QJsonArray parsed = remitente::testing::readWithPython(files);
    ASSERT_EQ(parsed.size(), 3);
    const QJsonObject page = parsed[0].toObject();
    EXPECT_TRUE(page.value(QStringLiteral("defects")).toArray().isEmpty());
    EXPECT_EQ(page.value(QStringLiteral("list_unsubscribe")).toArray(),
              QJsonArray({QStringLiteral("https://example.es/baja?lista=noticias&id=42"),
                          QStringLiteral("mailto:ana@example.es?subject=unsubscribe")}));
    EXPECT_EQ(page.value(QStringLiteral("list_unsubscribe_post")).toString(),
              QStringLiteral("List-Unsubscribe=One-Click"));
    EXPECT_EQ(page.value(QStringLiteral("text")).toString().trimmed(), QStringLiteral("Hola"));

    // Without a page: the mailto: alone, ASCII (the local part percent-encoded, the domain as IDNA), and no
    // one-click, which RFC 8058 allows only with an https target.
    const QJsonObject mailto = parsed[1].toObject();
    EXPECT_TRUE(mailto.value(QStringLiteral("defects")).toArray().isEmpty());
    EXPECT_EQ(mailto.value(QStringLiteral("list_unsubscribe")).toArray(),
              QJsonArray({QStringLiteral("mailto:bolet%C3%ADn@xn--ejemplo--k3a.es?subject=unsubscribe")}));
    EXPECT_TRUE(mailto.value(QStringLiteral("list_unsubscribe_post")).isNull());

    EXPECT_TRUE(parsed[2].toObject().value(QStringLiteral("list_unsubscribe")).isNull());
    EXPECT_TRUE(parsed[2].toObject().value(QStringLiteral("list_unsubscribe_post")).isNull());
    EXPECT_FALSE(written[2].contains("List-Unsubscribe"));
}

TEST(MessageWriter, RefusesAnUnsubscribePageThatIsNotHttps)
{
    for (const QString &url :
         {QStringLiteral("http://example.es/baja"), QStringLiteral("example.es/baja"),
          QStringLiteral("https://example.es/a>b"), QStringLiteral("https://example.es/a,b"),
          QStringLiteral("https://example.es/a\r\nBcc: x@example.com"), QStringLiteral("https://user:pw@example.es/"),
          QStringLiteral("https://example.es/") + QString(1000, u'a')}) {
        Message message = baseMessage();
        message.listUnsubscribe = ListUnsubscribe{QString(), url};
        const QString problem = MessageWriter::check(message);
        EXPECT_TRUE(problem.contains(QStringLiteral("unsubscribe page"))) << url.left(60).toStdString();
    }
    Message message = baseMessage();
    message.listUnsubscribe = ListUnsubscribe{QStringLiteral("not an address"), QString()};
    EXPECT_TRUE(MessageWriter::check(message).contains(QStringLiteral("unsubscribe address")));
}
