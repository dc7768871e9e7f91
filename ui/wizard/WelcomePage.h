#pragma once

#include <QWizardPage>

namespace remitente::ui {

// Page 1: what Remitente does, and that the password stays in the system keychain.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    int nextId() const override;
};

} // namespace remitente::ui
