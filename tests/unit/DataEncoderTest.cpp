#include "smtp/DataEncoder.h"

#include <QList>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace remitente::smtp;

namespace {
QByteArray encodeAll(DataEncoder::Mode mode, const QList<QByteArray> &pieces, bool *ok = nullptr)
{
    DataEncoder encoder(mode);
    QByteArray out;
    bool good = true;
    for (const QByteArray &piece : pieces)
        good = good && encoder.encode(piece, out);
    if (good)
        encoder.finish(out);
    if (ok)
        *ok = good;
    return out;
}

QByteArray dotted(const QByteArray &input)
{
    return encodeAll(DataEncoder::Mode::DotStuffed, {input});
}
} // namespace

TEST(DataEncoder, NormalisesLineEndsToCrlf)
{
    EXPECT_EQ(dotted("a\nb\r\nc\rd"), "a\r\nb\r\nc\r\nd\r\n.\r\n");
    EXPECT_EQ(dotted("a\r\n"), "a\r\n.\r\n");
    EXPECT_EQ(dotted("a\n\n"), "a\r\n\r\n.\r\n");
    EXPECT_EQ(dotted("a\r\r\n"), "a\r\n\r\n.\r\n") << "bare CR then CRLF: two line ends";
}

TEST(DataEncoder, DotStuffsLinesStartingWithDot)
{
    EXPECT_EQ(dotted(".\r\n"), "..\r\n.\r\n");
    EXPECT_EQ(dotted("a\r\n.\r\nb"), "a\r\n..\r\nb\r\n.\r\n") << "a lone dot line must not end the message";
    EXPECT_EQ(dotted("..x\n.y"), "...x\r\n..y\r\n.\r\n");
    EXPECT_EQ(dotted("a.b\r\n"), "a.b\r\n.\r\n") << "a dot inside a line stays";
}

TEST(DataEncoder, EmptyMessage)
{
    EXPECT_EQ(dotted(""), ".\r\n");
    EXPECT_EQ(encodeAll(DataEncoder::Mode::Raw, {""}), "");
}

TEST(DataEncoder, RawModeForBdatDoesNotStuff)
{
    EXPECT_EQ(encodeAll(DataEncoder::Mode::Raw, {".\nx"}), ".\r\nx\r\n");
}

TEST(DataEncoder, SplitAtEveryPossiblePoint)
{
    const QByteArray input = "Subject: hi\r\n\r\n.dot\n\r\n.\r\nend\rlast";
    const QByteArray whole = dotted(input);
    for (qsizetype i = 0; i <= input.size(); ++i) {
        for (qsizetype j = i; j <= input.size(); ++j) {
            const QByteArray split
                = encodeAll(DataEncoder::Mode::DotStuffed, {input.left(i), input.mid(i, j - i), input.mid(j)});
            ASSERT_EQ(split, whole) << "split at " << i << "," << j;
        }
    }
}

TEST(DataEncoder, RefusesLinesOver998Octets)
{
    bool ok = false;
    encodeAll(DataEncoder::Mode::DotStuffed, {QByteArray(998, 'x') + "\r\n"}, &ok);
    EXPECT_TRUE(ok);
    encodeAll(DataEncoder::Mode::DotStuffed, {QByteArray(999, 'x')}, &ok);
    EXPECT_FALSE(ok);
    encodeAll(DataEncoder::Mode::Raw, {QByteArray(500, 'x'), QByteArray(499, 'x')}, &ok);
    EXPECT_FALSE(ok) << "the limit holds across pieces";
}

TEST(DataEncoder, NoOutputLineIsLongerThan998AndNoneIsABareDot)
{
    // Random input over a small alphabet that favours the tricky bytes.
    QRandomGenerator random(42);
    const char alphabet[] = {'a', '.', '\r', '\n', ' ', '\xc3', '\xa9'};
    for (int round = 0; round < 200; ++round) {
        QByteArray input;
        const int length = random.bounded(2000);
        for (int i = 0; i < length; ++i)
            input.append(alphabet[random.bounded(int(sizeof alphabet))]);
        bool ok = false;
        const QByteArray out = encodeAll(DataEncoder::Mode::DotStuffed, {input}, &ok);
        if (!ok)
            continue;
        ASSERT_TRUE(out.endsWith("\r\n.\r\n") || out == ".\r\n");
        const QByteArray body = out.chopped(3);
        const QList<QByteArray> lines = body.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            ASSERT_TRUE(lines[i].endsWith('\r')) << "every line ends CRLF";
            ASSERT_FALSE(lines[i].chopped(1).contains('\r')) << "no bare CR";
            ASSERT_NE(lines[i], ".\r") << "no line is a lone dot";
            ASSERT_LE(lines[i].size() - 1, 999);
        }
    }
}
