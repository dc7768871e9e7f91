#include "TrayIcon.h"

#include "AppIcons.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace remitente::ui {

namespace {
// The app's icon with a small emblem in its lower right corner: sending, or something needs the person.
QIcon withEmblem(const QString &emblemName)
{
    const QIcon emblem = themeIcon(emblemName);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = appIcon().pixmap(size);
        QPainter painter(&pixmap);
        emblem.paint(&painter, QRect(size / 2, size / 2, size / 2, size / 2));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

TrayIcon *TrayIcon::createFor(MainWindow *window, OutboxAlerts *alerts)
{
    return QSystemTrayIcon::isSystemTrayAvailable() ? new TrayIcon(window, alerts) : nullptr;
}

TrayIcon::TrayIcon(MainWindow *window, OutboxAlerts *alerts)
    : QObject(window), m_window(window), m_alerts(alerts), m_icon(new QSystemTrayIcon(appIcon(), this))
{
    auto *menu = new QMenu(window);
    menu->addAction(tr("&Show Remitente"), window, &MainWindow::bringToFront);
    menu->addAction(tr("&New message"), window, [window] { window->newMessage(); });
    menu->addSeparator();
    menu->addAction(tr("&Quit"), window, [window] {
        if (window->close()) // its composers keep their drafts
            QCoreApplication::quit();
    });
    m_icon->setContextMenu(menu);
    showState();
    connect(alerts, &OutboxAlerts::summaryChanged, this, &TrayIcon::showState);
    connect(alerts, &OutboxAlerts::alert, this, &TrayIcon::showAlert);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openAlertPlace);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_window->bringToFront();
    });
    m_icon->show();
}

void TrayIcon::showState()
{
    m_icon->setToolTip(tr("Remitente") + u'\n' + m_alerts->summary());
    if (m_alerts->needsAttention())
        m_icon->setIcon(withEmblem(QStringLiteral("dialog-warning")));
    else if (m_alerts->busy())
        m_icon->setIcon(withEmblem(QStringLiteral("mail-send")));
    else
        m_icon->setIcon(appIcon());
}

void TrayIcon::showAlert(const Alert &alert)
{
    m_lastAlert = alert;
    m_icon->showMessage(alert.title, alert.text, QSystemTrayIcon::Warning);
}

void TrayIcon::openAlertPlace()
{
    if (m_lastAlert.place == Alert::Place::Outbox)
        m_window->showOutbox();
    else
        m_window->showAccount(m_lastAlert.accountId);
}

} // namespace remitente::ui
