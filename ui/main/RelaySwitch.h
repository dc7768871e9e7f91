#pragma once

#include "AppServices.h"

#include <QObject>

#include <memory>

class QAction;

namespace remitente::ui {

// "Let other programs send through Remitente": the relay on 127.0.0.1 (AppServices::relayPort) over the app's
// outbox and accounts, as a checkable action. What it receives makes the outbox send at once. The person's choice
// is remembered, and the relay starts again with the app when it was on; when it cannot listen (the port is
// taken, perhaps by "remitente-cli relay"), failed() says why in plain words and the switch goes back off.
class RelaySwitch : public QObject
{
    Q_OBJECT
public:
    RelaySwitch(const AppServices &services, QObject *parent = nullptr);
    ~RelaySwitch() override;

    QAction *action() const { return m_action; }
    bool isOn() const;
    quint16 port() const; // where it listens; 0 when off
    // Starts the relay when it was on when the app last ran.
    void restore();
    // What the status bar shows while it is on (short, and in full); empty when off.
    QString stateText() const;
    QString stateDetails() const;

    static QString clientsPath(const AppServices &services);

Q_SIGNALS:
    void stateChanged(bool on);
    void failed(const QString &message); // translated, plain text
    // A program's message was queued, but something in it would get it junked (translated, plain text).
    void warned(const QString &message);

private:
    void setOn(bool on);
    void remember(bool on);

    AppServices m_services;
    QAction *m_action;
    std::unique_ptr<relay::RelayService> m_relay;
};

} // namespace remitente::ui
