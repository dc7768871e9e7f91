#include "RelaySwitch.h"

#include <QAction>
#include <QSettings>
#include <QSignalBlocker>

namespace remitente::ui {

namespace {
const QString enabledKey = QStringLiteral("relay/enabled");
} // namespace

RelaySwitch::RelaySwitch(const AppServices &services, QObject *parent)
    : QObject(parent), m_services(services),
      m_action(new QAction(tr("&Let other programs send through Remitente"), this))
{
    m_action->setObjectName(QStringLiteral("relaySwitch"));
    m_action->setCheckable(true);
    m_action->setStatusTip(
        tr("Shops, CRMs, scanners and scripts on this computer send through your account (127.0.0.1, port %1).")
            .arg(m_services.relayPort));
    m_action->setEnabled(services.outboxStore && services.store);
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        setOn(on);
        remember(isOn());
    });
}

RelaySwitch::~RelaySwitch() = default;

QString RelaySwitch::clientsPath(const AppServices &services)
{
    return services.relayClientsPath.isEmpty() ? relay::RelayClients::defaultPath() : services.relayClientsPath;
}

bool RelaySwitch::isOn() const
{
    return m_relay && m_relay->isListening();
}

quint16 RelaySwitch::port() const
{
    return isOn() ? m_relay->port() : 0;
}

QString RelaySwitch::stateText() const
{
    return isOn() ? tr("Programs can send: port %1").arg(port()) : QString();
}

QString RelaySwitch::stateDetails() const
{
    return isOn() ? tr("Other programs on this computer can send through Remitente: server 127.0.0.1, port %1, "
                       "with the user name and password each was given.")
                        .arg(port())
                  : QString();
}

void RelaySwitch::restore()
{
    if (m_services.settings && m_services.settings->value(enabledKey, false).toBool() && m_action->isEnabled())
        m_action->setChecked(true); // toggled: starts it, or fails and goes back off
}

void RelaySwitch::setOn(bool on)
{
    if (!on) {
        if (m_relay)
            m_relay->stop();
        m_relay.reset();
        Q_EMIT stateChanged(false);
        return;
    }
    if (isOn())
        return;
    auto service
        = std::make_unique<relay::RelayService>(*m_services.outboxStore, *m_services.store, clientsPath(m_services));
    service->setCatalogue(m_services.catalogue);
    connect(service.get(), &relay::RelayService::messageWarned, this,
            [this](qint64, const QList<diagnosis::SendingWarning> &warnings) {
                QStringList texts;
                for (const diagnosis::SendingWarning &warning : warnings)
                    texts.append(warning.text());
                Q_EMIT warned(tr("A program's message may be junked: %1").arg(texts.join(u' ')));
            });
    // What a program hands over goes out now, not at the outbox's next look.
    connect(service.get(), &relay::RelayService::messageQueued, this, [this] {
        if (m_services.outbox)
            m_services.outbox->kick();
    });
    QString error;
    if (!service->listen(QHostAddress(QHostAddress::LocalHost), m_services.relayPort, &error)) {
        const QSignalBlocker quiet(m_action);
        m_action->setChecked(false);
        Q_EMIT stateChanged(false);
        Q_EMIT failed(tr("Other programs cannot send through Remitente: %1").arg(error));
        return;
    }
    m_relay = std::move(service);
    Q_EMIT stateChanged(true);
}

void RelaySwitch::remember(bool on)
{
    if (m_services.settings)
        m_services.settings->setValue(enabledKey, on);
}

} // namespace remitente::ui
