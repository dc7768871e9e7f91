#include "MimeCheck.h"

#include "mime/BodyEncoding.h"
#include "mime/HeaderEncoding.h"
#include "mime/MimeParameters.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remitente::mime;

namespace {
QList<QByteArray> lines(const QByteArray &header)
{
    QList<QByteArray> result = header.split('\n');
    if (result.last().isEmpty())
        result.removeLast();
    return result;
}
} // namespace

TEST(HeaderEncoding, AsciiSubjectStaysReadableAndFolds)
{
    EXPECT_EQ(unstructuredHeader("Subject", QStringLiteral("Hello there")), "Subject: Hello there\r\n");
    const QString longSubject = QStringLiteral("This subject is long enough that it has to be folded somewhere "
                                               "before the seventy-eighth column of the line");
    const QByteArray header = unstructuredHeader("Subject", longSubject);
    for (const QByteArray &line : lines(header))
        EXPECT_LE(line.size(), 79) << line.toStdString(); // 78 + the CR
    QByteArray unfolded = header;
    unfolded.replace("\r\n ", " ");
    EXPECT_EQ(unfolded, "Subject: " + longSubject.toLatin1() + "\r\n");
}

TEST(HeaderEncoding, GoldenEncodedWords)
{
    EXPECT_EQ(encodeWords(QStringLiteral("Año"), WordContext::Text), QList<QByteArray>{"=?utf-8?Q?A=C3=B1o?="});
    EXPECT_EQ(encodeWords(QStringLiteral("Año nuevo, vida nueva"), WordContext::Text),
              QList<QByteArray>{"=?utf-8?Q?A=C3=B1o_nuevo,_vida_nueva?="})
        << "Q is shorter for mostly-ASCII text";
    EXPECT_EQ(encodeWords(QStringLiteral("¿Qué tal?"), WordContext::Text),
              QList<QByteArray>{"=?utf-8?B?wr9RdcOpIHRhbD8=?="})
        << "B is shorter here";
    EXPECT_EQ(encodeWords(QStringLiteral("日本語"), WordContext::Text), QList<QByteArray>{"=?utf-8?B?5pel5pys6Kqe?="})
        << "B is shorter for CJK";
    EXPECT_EQ(encodeWords(QStringLiteral("Ana María Fernández de la Torre"), WordContext::Phrase),
              QList<QByteArray>{"=?utf-8?Q?Ana_Mar=C3=ADa_Fern=C3=A1ndez_de_la_Torre?="});
    EXPECT_EQ(unstructuredHeader("Subject", QStringLiteral("Café")), "Subject: =?utf-8?B?Q2Fmw6k=?=\r\n");
}

TEST(HeaderEncoding, WordsAreAtMost75AndNeverSplitACharacter)
{
    const QString text = QString(40, QChar(u'é')) + QStringLiteral("👩‍👩‍👧‍👦") + QString(30, u'ñ')
        + QStringLiteral("e\u0301e\u0301e\u0301"); // combining accents
    for (WordContext context : {WordContext::Text, WordContext::Phrase}) {
        const QList<QByteArray> words = encodeWords(text, context, 60);
        ASSERT_GT(words.size(), 1);
        EXPECT_LE(words.first().size(), 60);
        for (const QByteArray &word : words) {
            EXPECT_LE(word.size(), MaxEncodedWord) << word.toStdString();
            // Each word decodes to whole UTF-8 on its own.
            const QByteArray payload = word.mid(10, word.size() - 12);
            QByteArray decoded;
            if (word.startsWith("=?utf-8?B?")) {
                decoded = QByteArray::fromBase64(payload);
            } else {
                for (qsizetype i = 0; i < payload.size(); ++i) {
                    if (payload[i] == '_')
                        decoded += ' ';
                    else if (payload[i] == '=') {
                        decoded += QByteArray::fromHex(payload.mid(i + 1, 2));
                        i += 2;
                    } else
                        decoded += payload[i];
                }
            }
            EXPECT_TRUE(QString::fromUtf8(decoded).toUtf8() == decoded) << "a word ends inside a character";
            EXPECT_FALSE(QString::fromUtf8(decoded).startsWith(QChar(0x301))) << "a combining accent was split off";
        }
    }
}

TEST(HeaderEncoding, AddressHeadersQuoteAndEncodeNames)
{
    EXPECT_EQ(addressHeader("To",
                            {{QStringLiteral("Pérez, Ana María"), QStringLiteral("ana@example.es")},
                             {QString(), QStringLiteral("bob@example.com")}}),
              "To: =?utf-8?B?UMOpcmV6LCBBbmEgTWFyw61h?= <ana@example.es>, bob@example.com\r\n");
    EXPECT_EQ(addressHeader("From", {{QStringLiteral("Smith, John"), QStringLiteral("js@example.com")}}),
              "From: \"Smith,\" John <js@example.com>\r\n");
    EXPECT_EQ(addressHeader("From", {{QStringLiteral("Ana"), QStringLiteral("info@españa.es")}}),
              "From: Ana <info@xn--espaa-rta.es>\r\n");
}

TEST(BodyEncoding, QuotedPrintableGolden)
{
    EXPECT_EQ(encodeQuotedPrintable("caf\xc3\xa9 = 1\r\n"), "caf=C3=A9 =3D 1\r\n");
    EXPECT_EQ(encodeQuotedPrintable("trailing space \r\nand tab\t"), "trailing space=20\r\nand tab=09");
    const QByteArray longLine(200, 'a');
    const QByteArray encoded = encodeQuotedPrintable(longLine);
    for (const QByteArray &line : encoded.split('\n'))
        EXPECT_LE(line.trimmed().size(), 76);
    QByteArray joined = encoded;
    joined.replace("=\r\n", "");
    EXPECT_EQ(joined, longLine);
}

TEST(BodyEncoding, ChoosesTheLightestSafeEncoding)
{
    EXPECT_EQ(chooseTextEncoding("Hello\r\nWorld\r\n", false), TransferEncoding::SevenBit);
    EXPECT_EQ(chooseTextEncoding("Hola, ma\xc3\xb1"
                                 "ana\r\n",
                                 false),
              TransferEncoding::QuotedPrintable);
    EXPECT_EQ(chooseTextEncoding("Hola, ma\xc3\xb1"
                                 "ana\r\n",
                                 true),
              TransferEncoding::EightBit);
    EXPECT_EQ(chooseTextEncoding(QByteArray(100, 'a'), false), TransferEncoding::QuotedPrintable);
    EXPECT_EQ(chooseTextEncoding(QByteArray(1000, 'a'), true), TransferEncoding::QuotedPrintable)
        << "8bit still needs lines under 998";
    EXPECT_EQ(toCrlfUtf8(QStringLiteral("a\nb\r\nc\rd")), "a\r\nb\r\nc\r\nd");
}

TEST(BodyEncoding, Base64LinesStreamedMatchTheWhole)
{
    QRandomGenerator random(7);
    QByteArray data(100'000, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    Base64LineEncoder encoder;
    QByteArray streamed;
    for (qsizetype pos = 0; pos < data.size();) {
        const qsizetype n = std::min<qsizetype>(1 + random.bounded(5000), data.size() - pos);
        streamed += encoder.encode(QByteArrayView(data).sliced(pos, n));
        pos += n;
    }
    streamed += encoder.finish();
    EXPECT_EQ(streamed.size(), Base64LineEncoder::encodedSize(data.size()));
    for (const QByteArray &line : streamed.split('\n'))
        EXPECT_LE(line.size(), 77);
    QByteArray joined = streamed;
    joined.replace("\r\n", "");
    EXPECT_EQ(QByteArray::fromBase64(joined), data);
    EXPECT_EQ(Base64LineEncoder::encodedSize(0), 0);
    EXPECT_EQ(Base64LineEncoder::encodedSize(57), 78);
    EXPECT_EQ(Base64LineEncoder::encodedSize(58), 78 + 6);
}

TEST(MimeParameters, Rfc2231NeverSplitsAPercentEscape)
{
    const QList<QByteArray> pieces
        = rfc2231Pieces(QStringLiteral("Informe económico año 2026 — versión final.pdf"), 20);
    ASSERT_GT(pieces.size(), 1);
    EXPECT_TRUE(pieces.first().startsWith("utf-8''"));
    for (const QByteArray &piece : pieces) {
        EXPECT_LE(piece.size(), 20);
        const qsizetype percent = piece.lastIndexOf('%');
        EXPECT_TRUE(percent < 0 || percent + 2 < piece.size()) << piece.toStdString();
    }
}

TEST(HeaderEncoding, RoundTripThroughPythonOnRandomUnicode)
{
    // decode(encode(x)) == x, with Python's email package as the decoder, over random text mixing ASCII,
    // Spanish, combining accents, emoji, CJK and long words. Display names are kept short enough for one
    // encoded-word: Python 3.11 puts a space between adjacent encoded-words inside a phrase, which RFC 2047 6.2
    // says to ignore (subjects, split into many words, are decoded correctly and test the splitting).
    const QList<QString> alphabet
        = {QStringLiteral("a"),  QStringLiteral("Z"),  QStringLiteral(" "),
           QStringLiteral("ñ"),  QStringLiteral("é"),  QStringLiteral("e\u0301"),
           QStringLiteral("¿"),  QStringLiteral("😀"),  QStringLiteral("👩‍💻"),
           QStringLiteral("日"), QStringLiteral("="),  QStringLiteral("?"),
           QStringLiteral("_"),  QStringLiteral("\""), QStringLiteral(","),
           QStringLiteral("("),  QStringLiteral(")"),  QStringLiteral("Supercalifragilisticexpialidocious")};
    QRandomGenerator random(2026);
    QTemporaryDir dir;
    QStringList files;
    QStringList subjects, names;
    for (int i = 0; i < 150; ++i) {
        QString subject, name;
        for (int n = random.bounded(1, 60); n > 0; --n)
            subject += alphabet[random.bounded(alphabet.size())];
        while (name.toUtf8().size() < 28) {
            const QString next = alphabet[random.bounded(alphabet.size())];
            if ((name + next).toUtf8().size() > 30)
                break;
            name += next;
        }
        subject = subject.simplified();
        name = name.simplified();
        if (subject.isEmpty())
            subject = QStringLiteral("x");
        if (name.isEmpty())
            name = QStringLiteral("y");
        subjects << subject;
        names << name;
        const QByteArray message = addressHeader("From", {{name, QStringLiteral("a@example.es")}})
            + unstructuredHeader("Subject", subject) + "\r\nbody\r\n";
        for (const QByteArray &line : message.split('\n'))
            ASSERT_LE(line.size(), 79) << line.toStdString();
        files << dir.filePath(QString::number(i) + QStringLiteral(".eml"));
        QFile f(files.last());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(message);
    }
    const QJsonArray parsed = remitente::testing::readWithPython(files);
    ASSERT_EQ(parsed.size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject m = parsed[i].toObject();
        EXPECT_EQ(m.value(QStringLiteral("subject")).toString().toStdString(), subjects[i].toStdString());
        EXPECT_EQ(m.value(QStringLiteral("from")).toArray().at(0).toArray().at(0).toString().toStdString(),
                  names[i].toStdString());
        EXPECT_TRUE(m.value(QStringLiteral("defects")).toArray().isEmpty()) << subjects[i].toStdString();
    }
}
