#include "WelcomePage.h"

#include "SetupWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace remitente::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Send email from your own address"));
    setSubTitle(tr("A few steps: your address, a password, and a check that everything works."));
    auto *text = new QLabel(tr("<p>Remitente sets up your email account so that this computer, your shop, your "
                               "website or your own programs can send email <b>from your own address</b>.</p>"
                               "<p>In the next steps you type your address, Remitente finds the right settings and "
                               "shows you how to get the password it needs. Then it checks everything and sends you "
                               "a test email.</p>"
                               "<p>Your password is kept in this computer's keychain, never in a file.</p>"),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
}

int WelcomePage::nextId() const
{
    return SetupWizard::AddressPageId;
}

} // namespace remitente::ui
