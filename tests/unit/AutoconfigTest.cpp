#include "providers/Autoconfig.h"
#include "net/HttpsFetch.h"

#include <gtest/gtest.h>

using namespace remitente::providers;
using remitente::net::parseHttpResponse;

TEST(Autoconfig, ReadsOutgoingServersAndSkipsPlainText)
{
    const QByteArray xml = R"(<clientConfig version="1.1"><emailProvider id="x">
        <incomingServer type="imap"><hostname>imap.x.test</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
        <outgoingServer type="smtp"><hostname>smtp.x.test</hostname><port>465</port><socketType>SSL</socketType>
          <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username></outgoingServer>
        <outgoingServer type="smtp"><hostname>smtp.x.test</hostname><port>587</port><socketType>STARTTLS</socketType>
          <authentication>OAuth2</authentication><authentication>password-cleartext</authentication>
          <username>%EMAILLOCALPART%</username></outgoingServer>
        <outgoingServer type="smtp"><hostname>smtp.x.test</hostname><port>25</port><socketType>plain</socketType></outgoingServer>
        </emailProvider></clientConfig>)";
    const QList<AutoconfigServer> servers = parseAutoconfig(xml, QStringLiteral("ana@x.test"));
    ASSERT_EQ(servers.size(), 2);
    EXPECT_EQ(servers[0].host, QStringLiteral("smtp.x.test"));
    EXPECT_EQ(servers[0].port, 465);
    EXPECT_EQ(servers[0].security, remitente::smtp::Security::ImplicitTls);
    EXPECT_EQ(servers[0].username, QStringLiteral("ana@x.test"));
    EXPECT_EQ(servers[1].security, remitente::smtp::Security::StartTls);
    EXPECT_EQ(servers[1].username, QStringLiteral("ana"));
    EXPECT_EQ(servers[1].authentication, QStringLiteral("OAuth2"));
    EXPECT_TRUE(parseAutoconfig("<not xml", QStringLiteral("a@b.c")).isEmpty());
}

TEST(Autoconfig, ReadsIncomingImapServersAndSkipsPlainTextAndPop)
{
    using remitente::imap::ImapSecurity;
    using remitente::imap::ImapServer;
    const QByteArray xml = R"(<clientConfig version="1.1"><emailProvider id="x">
        <incomingServer type="pop3"><hostname>pop.x.test</hostname><port>995</port><socketType>SSL</socketType></incomingServer>
        <incomingServer type="imap"><hostname>imap.x.test</hostname><port>143</port><socketType>plain</socketType></incomingServer>
        <incomingServer type="imap"><hostname> imap.x.test </hostname><port>993</port><socketType>SSL</socketType>
          <username>%EMAILADDRESS%</username></incomingServer>
        <incomingServer type="imap"><hostname>mail.x.test</hostname><port>143</port><socketType>STARTTLS</socketType></incomingServer>
        <outgoingServer type="smtp"><hostname>smtp.x.test</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
        </emailProvider></clientConfig>)";
    EXPECT_EQ(parseAutoconfigImap(xml),
              (QList<ImapServer>{{QStringLiteral("imap.x.test"), 993, ImapSecurity::Tls},
                                 {QStringLiteral("mail.x.test"), 143, ImapSecurity::StartTls}}));
    EXPECT_TRUE(parseAutoconfigImap("<not xml").isEmpty());
}

TEST(HttpResponse, LengthChunkedAndClose)
{
    int status = 0;
    QByteArray body;
    ASSERT_TRUE(parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", &status, &body));
    EXPECT_EQ(status, 200);
    EXPECT_EQ(body, "hello");
    ASSERT_TRUE(parseHttpResponse(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", &status, &body));
    EXPECT_EQ(body, "hello world");
    ASSERT_TRUE(parseHttpResponse("HTTP/1.0 404 Not Found\r\n\r\ngone", &status, &body));
    EXPECT_EQ(status, 404);
    EXPECT_FALSE(parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort", &status, &body));
    EXPECT_FALSE(parseHttpResponse("garbage", &status, &body));
    EXPECT_FALSE(parseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", &status, &body));
}
