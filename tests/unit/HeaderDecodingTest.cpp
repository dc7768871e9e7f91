// Header text other programs wrote, made readable for the lists.
#include "mime/HeaderDecoding.h"

#include <gtest/gtest.h>

using remitente::mime::decodeHeaderText;

TEST(HeaderDecoding, PlainTextStaysAsItIs)
{
    EXPECT_EQ(decodeHeaderText("Factura de noviembre"), QStringLiteral("Factura de noviembre"));
    EXPECT_EQ(decodeHeaderText("Caf\xc3\xa9"), QStringLiteral("Café")) << "raw UTF-8 (SMTPUTF8 mail)";
    EXPECT_EQ(decodeHeaderText("Caf\xe9"), QStringLiteral("Café")) << "not UTF-8: read as Latin-1";
}

TEST(HeaderDecoding, EncodedWordsInBAndQAndSeveralCharsets)
{
    EXPECT_EQ(decodeHeaderText("=?UTF-8?B?wqFIb2xhIQ==?="), QStringLiteral("¡Hola!"));
    EXPECT_EQ(decodeHeaderText("=?utf-8?q?Se=C3=B1or_L=C3=B3pez?="), QStringLiteral("Señor López"));
    EXPECT_EQ(decodeHeaderText("=?ISO-8859-1?Q?Espa=F1a?="), QStringLiteral("España"));
    EXPECT_EQ(decodeHeaderText("=?UTF-8*es?Q?a=C3=B1o?="), QStringLiteral("año")) << "RFC 2231 language";
}

TEST(HeaderDecoding, SpaceBetweenEncodedWordsGoesButNotAroundText)
{
    EXPECT_EQ(decodeHeaderText("=?UTF-8?Q?uno?= =?UTF-8?Q?dos?="), QStringLiteral("unodos"));
    EXPECT_EQ(decodeHeaderText("Re: =?UTF-8?Q?a=C3=B1o?= nuevo"), QStringLiteral("Re: año nuevo"));
}

TEST(HeaderDecoding, BrokenOrUnknownWordsStayAsWrittenAndOutputIsBounded)
{
    EXPECT_EQ(decodeHeaderText("=?x-unknown-charset?Q?hola?="), QStringLiteral("=?x-unknown-charset?Q?hola?="));
    EXPECT_EQ(decodeHeaderText("=?UTF-8?B?###?="), QStringLiteral("=?UTF-8?B?###?="));
    EXPECT_EQ(decodeHeaderText("=?UTF-8?Q?no end"), QStringLiteral("=?UTF-8?Q?no end"));
    EXPECT_EQ(decodeHeaderText("a\r\n b"), QStringLiteral("a   b")) << "no line breaks in a label";
    EXPECT_EQ(decodeHeaderText(QByteArray(100000, 'x'), 50).size(), 50);
}
