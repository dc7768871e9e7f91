#pragma once

#include <QByteArrayList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace remitente::testing {

// A fake submission server over implicit TLS that takes any number of connections at once and accepts every
// message (AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT, no pipelining), for tests about how many connections a
// client opens and what goes on each. ScriptedSmtpServer is the one for exact conversations.
class AcceptingSmtpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit AcceptingSmtpServer(QObject *parent = nullptr);
    bool start();

    // From the n-th message on (counting from 1 over all connections), the end of data gets `reply` instead of 250.
    void answerFrom(int n, const QByteArray &reply);
    // A message whose content contains `marker` gets `reply` at its end of data, `delayMs` later, and is not counted
    // by answerFrom(): for tests about what happens on one connection while another one is answered.
    void answerMessagesContaining(const QByteArray &marker, const QByteArray &reply, int delayMs);

    int connectionCount() const { return m_connections; }
    int mostAtOnce() const { return m_mostAtOnce; }
    int openNow() const { return m_open; }
    // The AUTH command of each connection, in the order they were opened (empty when it did not sign in).
    QByteArrayList signIns() const { return m_signIns; }
    // The Message-ID header of each accepted message, per connection in the order they were opened.
    QList<QByteArrayList> messageIdsByConnection() const { return m_ids; }
    QByteArrayList allMessageIds() const;

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Answer {
        QByteArray reply;
        int delayMs = 0;
    };
    struct MarkedAnswer {
        QByteArray marker;
        Answer answer;
    };
    Answer answer(int connection, const QByteArray &line, bool &inData, QByteArray &data);

    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
    int m_open = 0;
    int m_mostAtOnce = 0;
    int m_messages = 0;
    int m_answerFrom = 0;
    QByteArray m_reply;
    QList<MarkedAnswer> m_marked;
    QList<QByteArrayList> m_ids;
    QByteArrayList m_signIns;
};

} // namespace remitente::testing
