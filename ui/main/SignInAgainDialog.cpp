#include "SignInAgainDialog.h"

#include "wizard/ProviderSignInPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace remitente::ui {

SignInAgainDialog::SignInAgainDialog(const AppServices &services, const accounts::Account &account, QWidget *parent)
    : QDialog(parent), m_services(services), m_account(account)
{
    setObjectName(QStringLiteral("signInAgainDialog"));
    setWindowTitle(tr("Sign in again — %1").arg(account.address));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_panel = new ProviderSignInPanel(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("signInAgainResult"));
    m_result->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_panel);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &ProviderSignInPanel::signedIn, this, &SignInAgainDialog::save);

    accounts::SessionPlanner *planner = services.planner;
    accounts::SignInFailure why;
    const std::optional<oauth::OAuthSettings> settings = planner->oauthSettings(account, &why);
    const providers::Provider *provider = services.catalogue->byId(account.providerId);
    if (!settings || !provider) {
        intro->setText(why.message);
        m_panel->hide();
        return;
    }
    const QString brand = provider->signInBrand();
    const std::optional<accounts::SignInState> state = planner->signInState(account.id);
    intro->setText(tr("%1 no longer accepts Remitente's sign-in for %2 (it was revoked, expired after a long time "
                      "unused, or the password changed). Sign in again with %1; the mail waiting for this account "
                      "goes out after.")
                       .arg(brand, account.address)
                   + (state && !state->reason.isEmpty()
                          ? QStringLiteral("\n\n") + tr("%1 said: %2").arg(brand, state->reason)
                          : QString()));
    m_panel->setUp(brand, *settings, account.username, planner->settings().extraCaCertificates, services.openBrowser);
    m_panel->signInButton()->setDefault(true);
    m_panel->signInButton()->setFocus();
}

void SignInAgainDialog::save(const oauth::Tokens &tokens)
{
    m_result->setText(tr("Saving the sign-in in the system keychain…"));
    m_services.planner->saveSignIn(
        m_account, tokens, [self = QPointer<SignInAgainDialog>(this)](const accounts::SecretStore::Result &r) {
            if (!self)
                return;
            if (r.status != accounts::SecretStore::Status::Ok) {
                self->m_result->setText(
                    tr("Signed in, but the sign-in could not be saved in the system keychain: %1").arg(r.message));
                return;
            }
            if (self->m_services.outboxStore)
                (void)self->m_services.outboxStore->makeDueNow(self->m_account.id, QDateTime::currentDateTimeUtc());
            if (self->m_services.outbox)
                self->m_services.outbox->kick();
            self->m_result->setText(
                tr("Signed in. The mail waiting for %1 goes out now.").arg(self->m_account.address));
            Q_EMIT self->signedIn(self->m_account.id);
        });
}

} // namespace remitente::ui
