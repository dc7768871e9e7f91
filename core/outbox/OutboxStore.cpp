#include "OutboxStore.h"

#include "MessageJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <atomic>

namespace remitente::outbox {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::outbox::OutboxStore)
};

const char *const stateNames[] = {"queued", "sending", "sent", "retrying", "failed", "uncertain"};

QString stamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString joined(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList split(const QVariant &value)
{
    QStringList list;
    for (const QJsonValue &item : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        list.append(item.toString());
    return list;
}

QString recipientsText(const mime::Message &message)
{
    QStringList all;
    for (const QList<mime::Mailbox> *list : {&message.to, &message.cc, &message.bcc}) {
        for (const mime::Mailbox &mailbox : *list)
            all.append(mailbox.toDisplayString());
    }
    return all.join(u'\n');
}

const char *const columns = "id, account_id, state, message, created_at, updated_at, next_attempt_at, sent_at, "
                            "attempts, data_started, last_error, diagnosis_id, final_reply, accepted, refused, "
                            "transcript, size";
// Lists leave the transcripts out: the views refresh while the outbox sends, and entry() has them.
const char *const listColumns = "id, account_id, state, message, created_at, updated_at, next_attempt_at, sent_at, "
                                "attempts, data_started, last_error, diagnosis_id, final_reply, accepted, refused, "
                                "NULL, size";

OutboxEntry entryFrom(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.accountId = query.value(1).toString();
    entry.state = messageStateFromName(query.value(2).toString()).value_or(MessageState::Queued);
    entry.message = messageFromJson(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
    entry.createdAt = fromStamp(query.value(4));
    entry.updatedAt = fromStamp(query.value(5));
    entry.nextAttemptAt = fromStamp(query.value(6));
    entry.sentAt = fromStamp(query.value(7));
    entry.attempts = query.value(8).toInt();
    entry.dataStarted = query.value(9).toBool();
    entry.lastError = query.value(10).toString();
    entry.diagnosisId = query.value(11).toString();
    entry.finalReply = query.value(12).toString();
    entry.accepted = split(query.value(13));
    entry.refused = split(query.value(14));
    entry.transcript = query.value(15).toString();
    entry.size = query.value(16).toLongLong();
    return entry;
}

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qWarning("outbox: %s", qPrintable(query.lastError().text()));
    return false;
}
} // namespace

QString messageStateName(MessageState state)
{
    return QString::fromLatin1(stateNames[int(state)]);
}

std::optional<MessageState> messageStateFromName(const QString &name)
{
    for (int i = 0; i < 6; ++i) {
        if (name == QLatin1String(stateNames[i]))
            return MessageState(i);
    }
    return std::nullopt;
}

OutboxStore::OutboxStore()
{
    static std::atomic<int> counter = 0;
    m_connection = QStringLiteral("remitente-outbox-%1").arg(++counter);
}

OutboxStore::~OutboxStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString OutboxStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox.sqlite");
}

QSqlDatabase OutboxStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString OutboxStore::lastError() const
{
    return database().lastError().text();
}

bool OutboxStore::open(const QString &path, QString *error)
{
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = Text::tr("The outbox %1 could not be opened: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    const QStringList setup = {
        // WAL: readers (the app's views, the CLI) never block the sender; FULL: a queued message survives even a
        // power cut once enqueue() returns.
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "account_id TEXT NOT NULL, state TEXT NOT NULL, message TEXT NOT NULL, subject TEXT, "
                       "recipients TEXT, recipient_count INTEGER NOT NULL DEFAULT 0, created_at TEXT, updated_at TEXT, "
                       "next_attempt_at TEXT, sent_at TEXT, attempts INTEGER NOT NULL DEFAULT 0, "
                       "data_started INTEGER NOT NULL DEFAULT 0, last_error TEXT, diagnosis_id TEXT, final_reply TEXT, "
                       "accepted TEXT, refused TEXT, transcript TEXT, size INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_due ON messages(state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_sent ON messages(account_id, sent_at)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS account_settings (account_id TEXT PRIMARY KEY, paused_until TEXT, "
                       "pause_reason TEXT, ignore_limits INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("PRAGMA user_version=1"),
    };
    for (const QString &statement : setup) {
        if (!query.exec(statement)) {
            if (error)
                *error = Text::tr("The outbox %1 could not be prepared: %2").arg(path, query.lastError().text());
            return false;
        }
    }
    return true;
}

QString OutboxStore::attachmentsFolder(qint64 id) const
{
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/attachments/%1").arg(id);
}

std::optional<qint64> OutboxStore::enqueue(const QString &accountId, mime::Message message, const QDateTime &now,
                                           QString *error)
{
    if (!message.date.isValid())
        message.date = now;
    if (message.messageId.isEmpty()) {
        const QString domain = message.from.address.mid(message.from.address.lastIndexOf(u'@') + 1);
        message.messageId = QUuid::createUuid().toByteArray(QUuid::Id128) + '@' + QUrl::toAce(domain);
    }
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO messages (account_id, state, message, subject, recipients, "
                                  "recipient_count, created_at, updated_at, next_attempt_at) "
                                  "VALUES (?, 'queued', '{}', ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(accountId), QVariant(message.subject), QVariant(recipientsText(message)),
                                  QVariant(int(message.to.size() + message.cc.size() + message.bcc.size())),
                                  QVariant(stamp(now)), QVariant(stamp(now)), QVariant(stamp(now))})
        insert.addBindValue(value);
    if (!run(insert)) {
        db.rollback();
        if (error)
            *error = Text::tr("The message could not be stored in the outbox: %1").arg(insert.lastError().text());
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    // The outbox keeps its own copy of each attachment: the original may be moved or edited before sending.
    const QString folder = attachmentsFolder(id);
    for (int i = 0; i < message.attachments.size(); ++i) {
        mime::Attachment &attachment = message.attachments[i];
        const QFileInfo original(attachment.path);
        if (attachment.fileName.isEmpty())
            attachment.fileName = original.fileName();
        const QString copy = QStringLiteral("%1/%2-%3").arg(folder).arg(i).arg(original.fileName());
        if (!QDir().mkpath(folder) || !QFile::copy(attachment.path, copy)) {
            db.rollback();
            QDir(folder).removeRecursively();
            if (error)
                *error = Text::tr("The attachment %1 could not be copied into the outbox; nothing was queued.")
                             .arg(attachment.path);
            return std::nullopt;
        }
        attachment.path = copy;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET message = ? WHERE id = ?"));
    update.addBindValue(QString::fromUtf8(QJsonDocument(messageToJson(message)).toJson(QJsonDocument::Compact)));
    update.addBindValue(id);
    if (!run(update) || !db.commit()) {
        db.rollback();
        QDir(folder).removeRecursively();
        if (error)
            *error = Text::tr("The message could not be stored in the outbox: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    return id;
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(QLatin1String(columns)));
    query.addBindValue(id);
    if (!run(query) || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

QList<OutboxEntry> OutboxStore::entries(const QList<MessageState> &states, const QString &accountId,
                                        const QString &search, int limit) const
{
    QStringList where;
    QVariantList values;
    if (!states.isEmpty()) {
        QStringList names;
        for (const MessageState state : states)
            names.append(QStringLiteral("'%1'").arg(messageStateName(state)));
        where.append(QStringLiteral("state IN (%1)").arg(names.join(u',')));
    }
    if (!accountId.isEmpty()) {
        where.append(QStringLiteral("account_id = ?"));
        values.append(accountId);
    }
    if (!search.isEmpty()) {
        where.append(QStringLiteral("(subject LIKE ? ESCAPE '\\' OR recipients LIKE ? ESCAPE '\\')"));
        QString pattern = search;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        values << u'%' + pattern + u'%' << u'%' + pattern + u'%';
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM messages %2 ORDER BY id DESC LIMIT %3")
                      .arg(QLatin1String(listColumns),
                           where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                      .arg(limit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<OutboxEntry> list;
    if (run(query)) {
        while (query.next())
            list.append(entryFrom(query));
    }
    return list;
}

QList<OutboxEntry> OutboxStore::due(const QString &accountId, const QDateTime &now, int limit) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE account_id = ? AND state IN ('queued', 'retrying') "
                                 "AND next_attempt_at <= ? ORDER BY id LIMIT %2")
                      .arg(QLatin1String(columns))
                      .arg(limit));
    query.addBindValue(accountId);
    query.addBindValue(stamp(now));
    QList<OutboxEntry> list;
    if (run(query)) {
        while (query.next())
            list.append(entryFrom(query));
    }
    return list;
}

QStringList OutboxStore::accountsWithDueMessages(const QDateTime &now) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT DISTINCT account_id FROM messages WHERE state IN ('queued', 'retrying') "
                                 "AND next_attempt_at <= ?"));
    query.addBindValue(stamp(now));
    QStringList accounts;
    if (run(query)) {
        while (query.next())
            accounts.append(query.value(0).toString());
    }
    return accounts;
}

std::optional<QDateTime> OutboxStore::nextAttempt() const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM messages WHERE state IN ('queued', 'retrying')"));
    if (!run(query) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return fromStamp(query.value(0));
}

bool OutboxStore::save(const OutboxEntry &entry)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE messages SET state = ?, updated_at = ?, next_attempt_at = ?, sent_at = ?, "
                                 "attempts = ?, data_started = ?, last_error = ?, diagnosis_id = ?, final_reply = ?, "
                                 "accepted = ?, refused = ?, transcript = ?, size = ? WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(messageStateName(entry.state)), QVariant(stamp(entry.updatedAt)),
          QVariant(stamp(entry.nextAttemptAt)), QVariant(stamp(entry.sentAt)), QVariant(entry.attempts),
          QVariant(int(entry.dataStarted)), QVariant(entry.lastError), QVariant(entry.diagnosisId),
          QVariant(entry.finalReply), QVariant(joined(entry.accepted)), QVariant(joined(entry.refused)),
          QVariant(entry.transcript), QVariant(entry.size), QVariant(entry.id)})
        query.addBindValue(value);
    return run(query);
}

bool OutboxStore::markSending(const QList<qint64> &ids, const QDateTime &now)
{
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE messages SET state = 'sending', data_started = 0, updated_at = ? WHERE id = ?"));
    for (const qint64 id : ids) {
        query.addBindValue(stamp(now));
        query.addBindValue(id);
        if (!run(query)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool OutboxStore::markDataStarted(qint64 id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE messages SET data_started = 1 WHERE id = ?"));
    query.addBindValue(id);
    return run(query);
}

int OutboxStore::recover(const QDateTime &now)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE messages SET state = 'uncertain', updated_at = ?, last_error = ? "
                                 "WHERE state = 'sending' AND data_started = 1"));
    query.addBindValue(stamp(now));
    query.addBindValue(Text::tr("Remitente stopped while this message was being sent: it may have been delivered. "
                                "It was not sent again; check with a recipient before sending it once more."));
    run(query);
    int recovered = query.numRowsAffected();
    query.prepare(QStringLiteral("UPDATE messages SET state = 'queued', updated_at = ?, next_attempt_at = ? "
                                 "WHERE state = 'sending'"));
    query.addBindValue(stamp(now));
    query.addBindValue(stamp(now));
    run(query);
    return recovered + query.numRowsAffected();
}

bool OutboxStore::retry(qint64 id, const QDateTime &now)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("UPDATE messages SET state = 'queued', next_attempt_at = ?, updated_at = ?, "
                       "attempts = 0 WHERE id = ? AND state IN ('failed', 'retrying', 'uncertain', 'queued')"));
    query.addBindValue(stamp(now));
    query.addBindValue(stamp(now));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool OutboxStore::remove(qint64 id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM messages WHERE id = ? AND state <> 'sending'"));
    query.addBindValue(id);
    if (!run(query) || query.numRowsAffected() != 1)
        return false;
    QDir(attachmentsFolder(id)).removeRecursively();
    return true;
}

OutboxStore::Usage OutboxStore::usageSince(const QString &accountId, const QDateTime &since) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(recipient_count), 0), MIN(sent_at) FROM messages "
                                 "WHERE account_id = ? AND state IN ('sent', 'uncertain') AND sent_at >= ?"));
    query.addBindValue(accountId);
    query.addBindValue(stamp(since));
    Usage usage;
    if (run(query) && query.next()) {
        usage.messages = query.value(0).toInt();
        usage.recipients = query.value(1).toInt();
        usage.oldest = fromStamp(query.value(2));
    }
    return usage;
}

void OutboxStore::setPause(const QString &accountId, const QDateTime &until, const QString &reason)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT INTO account_settings (account_id, paused_until, pause_reason) VALUES (?, ?, ?) "
                       "ON CONFLICT(account_id) DO UPDATE SET paused_until = excluded.paused_until, "
                       "pause_reason = excluded.pause_reason"));
    query.addBindValue(accountId);
    query.addBindValue(stamp(until));
    query.addBindValue(reason);
    run(query);
}

std::optional<std::pair<QDateTime, QString>> OutboxStore::pause(const QString &accountId, const QDateTime &now) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT paused_until, pause_reason FROM account_settings WHERE account_id = ? "
                                 "AND paused_until > ?"));
    query.addBindValue(accountId);
    query.addBindValue(stamp(now));
    if (!run(query) || !query.next())
        return std::nullopt;
    return std::pair{fromStamp(query.value(0)), query.value(1).toString()};
}

void OutboxStore::setIgnoreLimits(const QString &accountId, bool ignore)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO account_settings (account_id, ignore_limits) VALUES (?, ?) "
                                 "ON CONFLICT(account_id) DO UPDATE SET ignore_limits = excluded.ignore_limits"));
    query.addBindValue(accountId);
    query.addBindValue(int(ignore));
    run(query);
}

bool OutboxStore::ignoresLimits(const QString &accountId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ignore_limits FROM account_settings WHERE account_id = ?"));
    query.addBindValue(accountId);
    return run(query) && query.next() && query.value(0).toBool();
}

QStringList OutboxStore::knownAddresses() const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT recipients FROM messages ORDER BY id DESC LIMIT 500"));
    QStringList addresses;
    if (run(query)) {
        while (query.next()) {
            for (const QString &one : query.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
                if (!addresses.contains(one))
                    addresses.append(one);
            }
        }
    }
    return addresses;
}

} // namespace remitente::outbox
