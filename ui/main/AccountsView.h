#pragma once

#include "AppServices.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace remitente::ui {

// The Accounts tab: what Remitente is for, what could not be read from the account list, and the accounts as rows
// with their state in words and an icon (verified, needs sign-in, paused until ..., messages that could not be sent).
// Each refresh reads the state from the outbox as it is then.
class AccountsView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsView(const AppServices &services, QWidget *parent = nullptr);

    void refresh();
    QString currentAccountId() const;
    void selectAccount(const QString &accountId);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentAccountChanged();
    void accountActivated();
    void addAccountRequested();
    void menuRequested(const QPoint &globalPosition);

private:
    AppServices m_services;
    QLabel *m_noAccounts;
    QLabel *m_problem;
    QListWidget *m_list;
};

} // namespace remitente::ui
