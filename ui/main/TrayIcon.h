#pragma once

#include "OutboxAlerts.h"

#include <QObject>

class QSystemTrayIcon;

namespace remitente::ui {

class MainWindow;

// Where the desktop has a system tray: an icon that says what the outbox is doing (its tooltip), brings the window
// back when clicked, and shows the alerts as notifications whose click opens the right place.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    // nullptr where there is no system tray (nothing else changes).
    static TrayIcon *createFor(MainWindow *window, OutboxAlerts *alerts);
    TrayIcon(MainWindow *window, OutboxAlerts *alerts);
    QSystemTrayIcon *icon() const { return m_icon; }

private:
    void showState(); // the tooltip says what the outbox does, the icon's emblem whether it sends or needs you
    void showAlert(const Alert &alert);
    void openAlertPlace();

    MainWindow *m_window;
    OutboxAlerts *m_alerts;
    QSystemTrayIcon *m_icon;
    Alert m_lastAlert;
};

} // namespace remitente::ui
