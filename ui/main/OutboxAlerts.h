#pragma once

#include "AppServices.h"

#include <QMap>
#include <QObject>
#include <QSet>

namespace remitente::ui {

// What the outbox and the accounts need from the person now: read from the stores, never from remembered events.
struct OutboxSnapshot {
    struct Failure {
        qint64 id = 0;
        QString accountId;
        QString subject;
    };
    QList<Failure> failed;
    QMap<QString, QString> needsSignIn; // account id -> address
    QMap<QString, QString> paused;      // account id -> "address: until ..., reason"
    int waiting = 0;                    // queued, sending or retrying

    static OutboxSnapshot take(const AppServices &services, const QDateTime &now);
};

struct Alert {
    enum class Place { Outbox, Account };
    Place place = Place::Outbox;
    QString accountId; // for Place::Account
    QString title;
    QString text;
};

// Decides what to tell a person who is not looking at the window: a message that failed, an account that must sign
// in again or whose sending is paused, each once, when it appears (what was there at start, or appeared while the
// window was seen, is already on screen). Also the one-line summary for the tray icon.
class OutboxAlerts : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // windowSeen: the main window is shown and not minimised.
    void update(const OutboxSnapshot &snapshot, bool windowSeen);
    QString summary() const;
    bool busy() const { return m_last.waiting > 0; }
    bool needsAttention() const
    {
        return !m_last.failed.isEmpty() || !m_last.needsSignIn.isEmpty() || !m_last.paused.isEmpty();
    }

Q_SIGNALS:
    void alert(const remitente::ui::Alert &alert);
    void summaryChanged();

private:
    bool m_started = false;
    OutboxSnapshot m_last;
    QSet<qint64> m_knownFailures;
};

} // namespace remitente::ui
