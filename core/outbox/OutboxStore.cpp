#include "OutboxStore.h"

#include "MessageJson.h"

#include "mime/MessageWriter.h"
#include "system/DurableFile.h"
#include "system/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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

constexpr int SchemaVersion = 6;

const char *const columns = "id, account_id, state, message, created_at, updated_at, next_attempt_at, sent_at, "
                            "attempts, data_started, last_error, diagnosis_id, final_reply, accepted, refused, "
                            "transcript, size, deferred, original_account_id";
// Lists leave the transcripts out: the views refresh while the outbox sends, and entry() has them.
const char *const listColumns = "id, account_id, state, message, created_at, updated_at, next_attempt_at, sent_at, "
                                "attempts, data_started, last_error, diagnosis_id, final_reply, accepted, refused, "
                                "NULL, size, deferred, original_account_id";

OutboxEntry entryFrom(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.accountId = query.value(1).toString();
    entry.state = messageStateFromName(query.value(2).toString()).value_or(MessageState::Queued);
    const QJsonObject message = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    entry.message = messageFromJson(message);
    entry.rawMessagePath = message.value(QStringLiteral("raw")).toString();
    entry.rawInline = message.value(QStringLiteral("rawInline")).toBool();
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
    entry.deferred = split(query.value(17));
    entry.originalAccountId = query.value(18).toString();
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

bool OutboxStore::writeFailed(const QString &why)
{
    m_writeFailure = why;
    database().rollback(); // when a transaction is open; harmless otherwise
    return false;
}

bool OutboxStore::writeFailed(const QSqlQuery &query)
{
    return writeFailed(query.lastError().isValid() ? query.lastError().text() : database().lastError().text());
}

QString OutboxStore::lastError() const
{
    return m_writeFailure.isEmpty() ? database().lastError().text() : m_writeFailure;
}

bool OutboxStore::open(const QString &path, QString *error)
{
    m_path = path;
    auto failed = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString folder = QFileInfo(path).absolutePath();
    if (!system::makePrivateFolder(folder))
        return failed(Text::tr("The outbox folder %1 could not be created or made private.").arg(folder));
    // SQLite gives the -wal and -shm files the database's own mode, so a private database keeps them private.
    if (!QFileInfo::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly) || !system::makePrivateFile(path))
            return failed(Text::tr("The outbox %1 could not be created: %2").arg(path, create.errorString()));
    }
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), lockPath()}) {
        if (QFileInfo::exists(file))
            system::makePrivateFile(file);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return failed(Text::tr("The outbox %1 could not be opened: %2").arg(path, db.lastError().text()));
    // A damaged file can open and even answer queries with rows that are not there: check before trusting it,
    // and leave it as it is (it may still be saved by hand).
    QSqlQuery check(db);
    QStringList problems;
    if (!check.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        // Only SQLite's own verdict makes it damaged: a full disk or a folder that cannot be written (no room for
        // the -shm file, an I/O error) leaves a sound file that must not be moved away.
        const int code = check.lastError().nativeErrorCode().toInt() & 0xff;
        constexpr int sqliteCorrupt = 11, sqliteNotADatabase = 26;
        if (code != sqliteCorrupt && code != sqliteNotADatabase) {
            db.close();
            return failed(Text::tr("The outbox %1 could not be read (%2): is the disk full, or its folder not "
                                   "writable? Nothing was sent or changed.")
                              .arg(path, check.lastError().text()));
        }
        problems.append(check.lastError().text());
    } else {
        while (check.next()) {
            if (check.value(0).toString() != u"ok")
                problems.append(check.value(0).toString());
        }
    }
    if (!problems.isEmpty()) {
        db.close();
        return failed(Text::tr("The outbox %1 is damaged (%2). Nothing was sent or changed; the file was left as it "
                               "is. Move it away to start a new, empty outbox.")
                          .arg(path, problems.join(QStringLiteral("; ")).left(300)));
    }
    return prepareSchema(error);
}

bool OutboxStore::prepareSchema(QString *error)
{
    QSqlQuery query(database());
    QStringList setup = {
        // WAL: readers (the app's views, the CLI) never block the sender; FULL: a queued message survives even a
        // power cut once enqueue() returns, and a state change once its call returns.
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
    };
    for (const QString &statement : std::as_const(setup)) {
        if (!query.exec(statement)) {
            if (error)
                *error = Text::tr("The outbox %1 could not be prepared: %2").arg(m_path, query.lastError().text());
            return false;
        }
    }
    // The version is read and the schema brought up to date in one transaction: a crash in between, or another
    // program opening the same old outbox at the same moment, never leaves a column added with the old version
    // (which no later start could get past: "duplicate column name").
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = Text::tr("The outbox %1 could not be prepared: %2").arg(m_path, query.lastError().text());
        return false;
    }
    setup = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "account_id TEXT NOT NULL, state TEXT NOT NULL, message TEXT NOT NULL, subject TEXT, "
                       "recipients TEXT, recipient_count INTEGER NOT NULL DEFAULT 0, created_at TEXT, updated_at TEXT, "
                       "next_attempt_at TEXT, sent_at TEXT, attempts INTEGER NOT NULL DEFAULT 0, "
                       "data_started INTEGER NOT NULL DEFAULT 0, last_error TEXT, diagnosis_id TEXT, final_reply TEXT, "
                       "accepted TEXT, refused TEXT, transcript TEXT, size INTEGER NOT NULL DEFAULT 0, deferred TEXT, "
                       "original_account_id TEXT, raw BLOB)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_due ON messages(state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_sent ON messages(account_id, sent_at)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS account_settings (account_id TEXT PRIMARY KEY, paused_until TEXT, "
                       "pause_reason TEXT, ignore_limits INTEGER NOT NULL DEFAULT 0, server_size_limit INTEGER, "
                       "unreachable_since TEXT)"),
    };
    int version = 0;
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        version = query.value(0).toInt();
    if (version == 1) // version 1 had no deferred recipients
        setup.append(QStringLiteral("ALTER TABLE messages ADD COLUMN deferred TEXT"));
    if (version == 1 || version == 2) // nor did they keep the server's SIZE
        setup.append(QStringLiteral("ALTER TABLE account_settings ADD COLUMN server_size_limit INTEGER"));
    if (version >= 1 && version <= 4) { // nor which account a backup took a message over from
        setup.append(QStringLiteral("ALTER TABLE messages ADD COLUMN original_account_id TEXT"));
        setup.append(QStringLiteral("ALTER TABLE account_settings ADD COLUMN unreachable_since TEXT"));
    }
    if (version >= 1 && version <= 5) // nor kept small messages of other programs inside
        setup.append(QStringLiteral("ALTER TABLE messages ADD COLUMN raw BLOB"));
    // Version 4 holds messages other programs wrote (a "raw" file): an older Remitente would send them empty.
    // Version 5 has messages a backup account took over: an older one would not say so.
    // Version 6 keeps other programs' small messages in the raw column: an older one would send them empty.
    if (version > SchemaVersion) {
        query.exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = Text::tr("The outbox %1 was written by a newer version of Remitente; nothing was changed. Use "
                              "that version, or move the file away to start a new, empty outbox.")
                         .arg(m_path);
        return false;
    }
    // A column an earlier, cut-short upgrade already added (it wrote the version in a separate step) is not added
    // again.
    setup.removeIf([&query](const QString &statement) {
        const QStringList words = statement.split(u' ');
        if (!statement.startsWith(QLatin1String("ALTER TABLE ")) || words.size() < 6)
            return false;
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(words.at(2))))
            return false;
        while (query.next()) {
            if (query.value(1).toString() == words.at(5))
                return true;
        }
        return false;
    });
    if (version < SchemaVersion)
        setup.append(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    setup.append(QStringLiteral("COMMIT"));
    for (const QString &statement : std::as_const(setup)) {
        if (!query.exec(statement)) {
            const QString why = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = Text::tr("The outbox %1 could not be prepared: %2").arg(m_path, why);
            return false;
        }
    }
    return true;
}

QString OutboxStore::lockPath() const
{
    return m_path + QStringLiteral(".lock");
}

QString OutboxStore::attachmentsFolder(qint64 id) const
{
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/attachments/%1").arg(id);
}

std::optional<qint64> OutboxStore::enqueue(const QString &accountId, mime::Message message, const QDateTime &now,
                                           QString *error)
{
    message.fixIdentity(now);
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
    // The outbox keeps its own private copy of each attachment: the original may be moved or edited before
    // sending, and others may be able to read it.
    const QString folder = attachmentsFolder(id);
    for (int i = 0; i < message.attachments.size(); ++i) {
        mime::Attachment &attachment = message.attachments[i];
        const QFileInfo original(attachment.path);
        if (attachment.fileName.isEmpty())
            attachment.fileName = original.fileName();
        const QString copy = QStringLiteral("%1/%2-%3").arg(folder).arg(i).arg(original.fileName());
        QString problem = mime::MessageWriter::checkAttachmentFile(attachment.path);
        if (problem.isEmpty()
            && (!system::makePrivateFolder(QFileInfo(folder).absolutePath()) || !system::makePrivateFolder(folder)
                || !QFile::copy(attachment.path, copy) || !system::makePrivateFile(copy)))
            problem = Text::tr("It could not be copied into the outbox (is the disk full?).");
        if (!problem.isEmpty()) {
            db.rollback();
            QDir(folder).removeRecursively();
            if (error)
                *error = Text::tr("The attachment %1 cannot be queued: %2 Nothing was queued.")
                             .arg(attachment.path, problem);
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

std::optional<qint64> OutboxStore::enqueueRaw(const QString &accountId, const mime::Message &summary,
                                              const QByteArray &bytes, const QDateTime &now, QString *error)
{
    auto failed = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = Text::tr("The message could not be stored in the outbox: %1").arg(why);
        return std::nullopt;
    };
    const bool inside = bytes.size() <= InlineRawLimit;
    QSqlDatabase db = database();
    db.transaction();
    QJsonObject json = messageToJson(summary);
    if (inside)
        json.insert(QStringLiteral("rawInline"), true);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO messages (account_id, state, message, subject, recipients, "
                                  "recipient_count, created_at, updated_at, next_attempt_at, size, raw) "
                                  "VALUES (?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(accountId), QVariant(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))),
          QVariant(summary.subject), QVariant(recipientsText(summary)),
          QVariant(int(summary.envelopeRecipients().size())), QVariant(stamp(now)), QVariant(stamp(now)),
          QVariant(stamp(now)), QVariant(qint64(bytes.size())), inside ? QVariant(bytes) : QVariant()})
        insert.addBindValue(value);
    if (!run(insert)) {
        db.rollback();
        return failed(insert.lastError().text());
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (inside) {
        // The row and the message in one commit: one sync, which is most of what accepting a message costs.
        if (!db.commit()) {
            const QString dbError = db.lastError().text();
            db.rollback();
            return failed(dbError);
        }
        return id;
    }
    // Ids are never reused (AUTOINCREMENT): a file left by a crash before the commit below is never mistaken for
    // another message's.
    const QString folder = attachmentsFolder(id);
    const QString path = folder + QStringLiteral("/message.eml");
    QString why;
    if (!system::makePrivateFolder(QFileInfo(folder).absolutePath(), &why) || !system::makePrivateFolder(folder, &why)
        || !system::writeDurably(path, bytes, &why)
        || !system::syncFolder(QFileInfo(folder).absolutePath(), &why)) { // the new folder's own name
        db.rollback();
        QDir(folder).removeRecursively();
        return failed(why);
    }
    json.insert(QStringLiteral("raw"), path);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET message = ? WHERE id = ?"));
    update.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    update.addBindValue(id);
    if (!run(update) || !db.commit()) {
        const QString dbError = db.lastError().text();
        db.rollback();
        QDir(folder).removeRecursively();
        return failed(dbError);
    }
    return id;
}

std::optional<QByteArray> OutboxStore::rawMessage(const OutboxEntry &entry, QString *why) const
{
    if (entry.rawInline) {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT raw FROM messages WHERE id = ?"));
        query.addBindValue(entry.id);
        if (run(query) && query.next() && !query.value(0).isNull())
            return query.value(0).toByteArray();
        *why = Text::tr("The outbox's copy of this message cannot be read: %1")
                   .arg(query.lastError().isValid() ? query.lastError().text() : Text::tr("it is not there"));
        return std::nullopt;
    }
    QFile file(entry.rawMessagePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = Text::tr("The outbox's copy of this message cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<qint64> OutboxStore::recordSent(const QString &accountId, mime::Message message, const QDateTime &sentAt,
                                              const QString &finalReply)
{
    message.fixIdentity(sentAt);
    message.attachments.clear();
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral("INSERT INTO messages (account_id, state, message, subject, recipients, "
                                  "recipient_count, created_at, updated_at, sent_at, attempts, final_reply, accepted) "
                                  "VALUES (?, 'sent', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    for (const QVariant &value :
         {QVariant(accountId),
          QVariant(QString::fromUtf8(QJsonDocument(messageToJson(message)).toJson(QJsonDocument::Compact))),
          QVariant(message.subject), QVariant(recipientsText(message)),
          QVariant(int(message.to.size() + message.cc.size() + message.bcc.size())), QVariant(stamp(sentAt)),
          QVariant(stamp(sentAt)), QVariant(stamp(sentAt)), QVariant(finalReply),
          QVariant(joined(message.envelopeRecipients()))})
        insert.addBindValue(value);
    if (!run(insert)) {
        writeFailed(insert);
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
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
        where.append(QStringLiteral("(account_id = ? OR original_account_id = ?)"));
        values << accountId << accountId;
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

bool OutboxStore::anySending() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT 1 FROM messages WHERE state = 'sending' LIMIT 1")) && query.next();
}

qint64 OutboxStore::dataVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool OutboxStore::save(const OutboxEntry &entry)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE messages SET state = ?, updated_at = ?, next_attempt_at = ?, sent_at = ?, "
                                 "attempts = ?, data_started = ?, last_error = ?, diagnosis_id = ?, final_reply = ?, "
                                 "accepted = ?, refused = ?, transcript = ?, size = ?, deferred = ? WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(messageStateName(entry.state)), QVariant(stamp(entry.updatedAt)),
          QVariant(stamp(entry.nextAttemptAt)), QVariant(stamp(entry.sentAt)), QVariant(entry.attempts),
          QVariant(int(entry.dataStarted)), QVariant(entry.lastError), QVariant(entry.diagnosisId),
          QVariant(entry.finalReply), QVariant(joined(entry.accepted)), QVariant(joined(entry.refused)),
          QVariant(entry.transcript), QVariant(entry.size), QVariant(joined(entry.deferred)), QVariant(entry.id)})
        query.addBindValue(value);
    if (!run(query))
        return writeFailed(query);
    return query.numRowsAffected() == 1 || writeFailed(QStringLiteral("message %1 is not in the outbox").arg(entry.id));
}

std::optional<QList<qint64>> OutboxStore::claim(const QList<qint64> &ids, const QDateTime &now)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        writeFailed(db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE messages SET state = 'sending', data_started = 0, updated_at = ? "
                                 "WHERE id = ? AND state IN ('queued', 'retrying') AND next_attempt_at <= ?"));
    QList<qint64> claimed;
    for (const qint64 id : ids) {
        query.addBindValue(stamp(now));
        query.addBindValue(id);
        query.addBindValue(stamp(now));
        if (!run(query)) {
            writeFailed(query);
            return std::nullopt;
        }
        if (query.numRowsAffected() == 1)
            claimed.append(id);
    }
    if (!db.commit()) {
        writeFailed(db.lastError().text());
        return std::nullopt;
    }
    return claimed;
}

bool OutboxStore::markDataStarted(qint64 id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE messages SET data_started = 1 WHERE id = ? AND state = 'sending'"));
    query.addBindValue(id);
    if (!run(query))
        return writeFailed(query);
    return query.numRowsAffected() == 1 || writeFailed(QStringLiteral("message %1 is not being sent").arg(id));
}

std::optional<int> OutboxStore::recover(const QDateTime &now)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        writeFailed(db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE messages SET state = 'uncertain', updated_at = ?, sent_at = ?, last_error = ? "
                                 "WHERE state = 'sending' AND data_started = 1"));
    query.addBindValue(stamp(now));
    query.addBindValue(stamp(now));
    query.addBindValue(Text::tr("Remitente stopped while this message was being sent: it may have been delivered. "
                                "It was not sent again; check with a recipient before sending it once more."));
    if (!run(query)) {
        writeFailed(query);
        return std::nullopt;
    }
    const int uncertain = query.numRowsAffected();
    query.prepare(QStringLiteral("UPDATE messages SET state = 'queued', updated_at = ?, next_attempt_at = ? "
                                 "WHERE state = 'sending'"));
    query.addBindValue(stamp(now));
    query.addBindValue(stamp(now));
    if (!run(query)) {
        writeFailed(query);
        return std::nullopt;
    }
    const int queued = query.numRowsAffected();
    if (!db.commit()) {
        writeFailed(db.lastError().text());
        return std::nullopt;
    }
    return uncertain + queued;
}

bool OutboxStore::handOver(const OutboxEntry &entry, const QString &fromAccountId,
                           const std::optional<QByteArray> &rewrittenRaw)
{
    QJsonObject message = messageToJson(entry.message);
    QString rawPath = entry.rawMessagePath;
    if (rewrittenRaw && !entry.rawInline) {
        // Beside the original, which stays as it was until the row points here: a crash in between leaves the
        // message with its first account, and this file is written again at the next handover.
        const QString path = attachmentsFolder(entry.id) + QStringLiteral("/message-backup.eml");
        QString why;
        if (rawPath == path)
            return writeFailed(QStringLiteral("message %1 was already handed over").arg(entry.id));
        if (!system::writeDurably(path, *rewrittenRaw, &why))
            return writeFailed(why);
        rawPath = path;
    }
    if (!rawPath.isEmpty())
        message.insert(QStringLiteral("raw"), rawPath);
    if (entry.rawInline)
        message.insert(QStringLiteral("rawInline"), true);
    const bool newInline = rewrittenRaw && entry.rawInline;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE messages SET account_id = ?, original_account_id = ?, message = ?, "
                                 "state = 'queued', updated_at = ?, next_attempt_at = ?, attempts = ?, "
                                 "data_started = 0, last_error = ?, diagnosis_id = ?, transcript = ?%1 "
                                 "WHERE id = ? AND account_id = ? AND original_account_id IS NULL "
                                 "AND state IN ('queued', 'retrying', 'sending')")
                      .arg(newInline ? QStringLiteral(", raw = ?") : QString()));
    QVariantList values = {QVariant(entry.accountId),
                           QVariant(fromAccountId),
                           QVariant(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))),
                           QVariant(stamp(entry.updatedAt)),
                           QVariant(stamp(entry.nextAttemptAt)),
                           QVariant(entry.attempts),
                           QVariant(entry.lastError),
                           QVariant(entry.diagnosisId),
                           QVariant(entry.transcript)};
    if (newInline)
        values.append(QVariant(*rewrittenRaw));
    values.append({QVariant(entry.id), QVariant(fromAccountId)});
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!run(query))
        return writeFailed(query);
    return query.numRowsAffected() == 1
        || writeFailed(QStringLiteral("message %1 cannot be handed over: it changed meanwhile").arg(entry.id));
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

bool OutboxStore::makeDueNow(const QString &accountId, const QDateTime &now)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE messages SET next_attempt_at = ? WHERE account_id = ? "
                                 "AND state IN ('queued', 'retrying') AND next_attempt_at > ?"));
    query.addBindValue(stamp(now));
    query.addBindValue(accountId);
    query.addBindValue(stamp(now));
    return run(query);
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

void OutboxStore::setServerSizeLimit(const QString &accountId, qint64 bytes)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT INTO account_settings (account_id, server_size_limit) VALUES (?, ?) "
                       "ON CONFLICT(account_id) DO UPDATE SET server_size_limit = excluded.server_size_limit"));
    query.addBindValue(accountId);
    query.addBindValue(std::max<qint64>(0, bytes));
    run(query);
}

std::optional<qint64> OutboxStore::serverSizeLimit(const QString &accountId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT server_size_limit FROM account_settings WHERE account_id = ? "
                                 "AND server_size_limit IS NOT NULL"));
    query.addBindValue(accountId);
    if (!run(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

void OutboxStore::noteUnreachable(const QString &accountId, const QDateTime &now)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO account_settings (account_id, unreachable_since) VALUES (?, ?) "
                                 "ON CONFLICT(account_id) DO UPDATE SET unreachable_since = "
                                 "COALESCE(account_settings.unreachable_since, excluded.unreachable_since)"));
    query.addBindValue(accountId);
    query.addBindValue(stamp(now));
    run(query);
}

void OutboxStore::noteReachable(const QString &accountId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE account_settings SET unreachable_since = NULL WHERE account_id = ? "
                                 "AND unreachable_since IS NOT NULL"));
    query.addBindValue(accountId);
    run(query);
}

std::optional<QDateTime> OutboxStore::unreachableSince(const QString &accountId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT unreachable_since FROM account_settings WHERE account_id = ? "
                                 "AND unreachable_since IS NOT NULL"));
    query.addBindValue(accountId);
    if (!run(query) || !query.next())
        return std::nullopt;
    return fromStamp(query.value(0));
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
