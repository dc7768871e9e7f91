#pragma once

#include "accounts/Account.h"

#include <QGroupBox>

class QGridLayout;

namespace remitente::ui {

// "Use these settings elsewhere": the exact values a CRM, a WordPress plugin or another program asks for (server,
// port, encryption, user name), each with a copy button.
class SettingsElsewhere : public QGroupBox
{
    Q_OBJECT
public:
    explicit SettingsElsewhere(QWidget *parent = nullptr);
    void show(const accounts::Account &account);

private:
    QGridLayout *m_grid;
};

} // namespace remitente::ui
