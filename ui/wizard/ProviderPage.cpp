#include "ProviderPage.h"

#include "SetupWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
// The choices people recognise, in the order they look for them; the catalogue's other entries (regions,
// organisations) are reached by discovery.
const char *const offeredProviders[]
    = {"gmail", "google-workspace", "outlook",       "microsoft365", "yahoo",   "aol",        "icloud",   "zoho",
       "gmx",   "fastmail",         "proton-bridge", "yandex",       "hosting", "amazon-ses", "sendgrid", "mailgun",
       "brevo", "postmark",         "mailjet"};
} // namespace

ProviderPage::ProviderPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("providerPage"));
    setTitle(tr("Your email provider"));
    setSubTitle(tr("Who provides your email decides how Remitente signs in and which server it uses."));
    m_found = new QLabel(this);
    m_found->setTextFormat(Qt::RichText); // its own markup; every value in it is escaped
    m_found->setObjectName(QStringLiteral("foundProvider"));
    m_found->setWordWrap(true);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("providerChoice"));
    m_choice->setAccessibleName(tr("Email provider"));
    auto *label = new QLabel(tr("&Provider:"), this);
    label->setBuddy(m_choice);
    auto *form = new QFormLayout;
    form->addRow(label, m_choice);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_found);
    layout->addLayout(form);
    layout->addStretch();
}

void ProviderPage::initializePage()
{
    const AccountDraft &draft = m_wizard->draft();
    const providers::ProviderCatalogue &catalogue = *m_wizard->services().catalogue;
    m_choice->clear();
    const QString current = draft.account.providerId;
    const providers::Provider *found = catalogue.byId(current);
    for (const char *id : offeredProviders) {
        if (const providers::Provider *provider = catalogue.byId(QString::fromLatin1(id)))
            m_choice->addItem(provider->displayName(), provider->id);
    }
    if (found && m_choice->findData(found->id) < 0)
        m_choice->insertItem(0, found->displayName(), found->id);
    m_choice->addItem(tr("Other (I will type the server)"), QString());
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(current)));

    if (found && found->kind != u"hosting")
        m_found->setText(tr("Found: <b>%1</b>. If that is not right, pick your provider below.")
                             .arg(found->displayName().toHtmlEscaped()));
    else if (!draft.account.host.isEmpty())
        m_found->setText(tr("Your host: <b>%1</b>. If that is not right, pick your provider below.")
                             .arg(draft.account.host.toHtmlEscaped()));
    else
        m_found->setText(tr("Remitente could not tell who provides this address. Pick your provider below, or "
                            "\"Other\" to type the server yourself."));
    // A server that discovery found, without a provider: the person's hosting. An account being edited keeps the
    // provider it was saved with ("Other" stays "Other").
    if (!found && !draft.account.host.isEmpty() && draft.settingsSource == AccountDraft::SettingsSource::Found)
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(QStringLiteral("hosting"))));
    m_shownChoice = m_choice->currentData().toString();
}

bool ProviderPage::validatePage()
{
    const QString chosen = m_choice->currentData().toString();
    const AccountDraft &draft = m_wizard->draft();
    if (chosen == m_shownChoice && chosen == draft.account.providerId && !draft.account.host.isEmpty())
        return true; // the same choice as before: what the person set on the next pages stays
    if (chosen.isEmpty())
        m_wizard->applyOtherProvider();
    else
        m_wizard->applyProvider(chosen);
    return true;
}

int ProviderPage::nextId() const
{
    return SetupWizard::SignInPageId;
}

} // namespace remitente::ui
