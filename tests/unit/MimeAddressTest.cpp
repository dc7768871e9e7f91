#include "mime/AddressParser.h"

#include <gtest/gtest.h>

using namespace remitente::mime;

TEST(AddressParser, ReadsWhatPeopleTypeAndPaste)
{
    const AddressList list = parseAddressList(
        QStringLiteral(" Ana Pérez <ana@example.es>, \"Pérez, Juan\" <juan@example.es>;bob@example.com ; ;"
                       " carol@example.org (Carol C.) , <dave@example.net>"));
    ASSERT_TRUE(list.isValid()) << list.problems.first().message.toStdString();
    ASSERT_EQ(list.mailboxes.size(), 5);
    EXPECT_EQ(list.mailboxes[0], (Mailbox{QStringLiteral("Ana Pérez"), QStringLiteral("ana@example.es")}));
    EXPECT_EQ(list.mailboxes[1], (Mailbox{QStringLiteral("Pérez, Juan"), QStringLiteral("juan@example.es")}));
    EXPECT_EQ(list.mailboxes[2], (Mailbox{QString(), QStringLiteral("bob@example.com")}));
    EXPECT_EQ(list.mailboxes[3], (Mailbox{QStringLiteral("Carol C."), QStringLiteral("carol@example.org")}));
    EXPECT_EQ(list.mailboxes[4], (Mailbox{QString(), QStringLiteral("dave@example.net")}));
}

TEST(AddressParser, QuotedNamesWithEscapes)
{
    const AddressList list = parseAddressList(QStringLiteral("\"Ana \\\"la jefa\\\" <x>\" <ana@example.es>"));
    ASSERT_TRUE(list.isValid());
    EXPECT_EQ(list.mailboxes.first().name, QStringLiteral("Ana \"la jefa\" <x>"));
}

TEST(AddressParser, SaysWhichAddressAndWhatIsWrong)
{
    struct Case {
        QString input;
        QString piece;
        QString words;
    };
    const QList<Case> cases = {
        {QStringLiteral("ana.example.es"), QStringLiteral("ana.example.es"), QStringLiteral("no @")},
        {QStringLiteral("ok@example.es, @example.es"), QStringLiteral("@example.es"), QStringLiteral("before the @")},
        {QStringLiteral("ana@"), QStringLiteral("ana@"), QStringLiteral("after the @")},
        {QStringLiteral("ana@example"), QStringLiteral("ana@example"), QStringLiteral("no dot")},
        {QStringLiteral("ana@@example.es"), QStringLiteral("ana@@example.es"), QStringLiteral("more than one @")},
        {QStringLiteral("Ana <ana@example.es"), QStringLiteral("Ana <ana@example.es"), QStringLiteral("not closed")},
        {QStringLiteral("\"Ana <ana@example.es>"), QStringLiteral("\"Ana <ana@example.es>"),
         QStringLiteral("quotation")},
        {QStringLiteral("ana lopez@example.es"), QStringLiteral("ana lopez@example.es"), QStringLiteral("space")},
        {QStringLiteral("ana..x@example.es"), QStringLiteral("ana..x@example.es"), QStringLiteral("dot")},
        {QStringLiteral("Ana <ana@example.es> extra"), QStringLiteral("Ana <ana@example.es> extra"),
         QStringLiteral("after the >")},
        {QStringLiteral("ana@example.es\r\nBcc: x@y.z"), QStringLiteral("ana@example.es Bcc: x@y.z"),
         QStringLiteral("line break")},
    };
    for (const Case &c : cases) {
        const AddressList list = parseAddressList(c.input);
        ASSERT_FALSE(list.isValid()) << c.input.toStdString();
        EXPECT_EQ(list.problems.first().text, c.piece) << c.input.toStdString();
        EXPECT_TRUE(list.problems.first().message.contains(c.words))
            << c.input.toStdString() << " -> " << list.problems.first().message.toStdString();
    }
}

TEST(AddressParser, InternationalAddressesAreAccepted)
{
    const AddressList list = parseAddressList(QStringLiteral("José <josé@españa.es>, info@münchen.de"));
    ASSERT_TRUE(list.isValid());
    EXPECT_EQ(list.mailboxes[0].address, QStringLiteral("josé@españa.es"));
}

TEST(AddressParser, SingleMailbox)
{
    EXPECT_TRUE(parseMailbox(QStringLiteral("Ana <ana@example.es>")).isValid());
    EXPECT_FALSE(parseMailbox(QStringLiteral("a@example.es, b@example.es")).isValid());
    EXPECT_FALSE(parseMailbox(QStringLiteral("  ")).isValid());
}
