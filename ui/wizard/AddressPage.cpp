#include "AddressPage.h"

#include "SetupWizard.h"

#include "mime/AddressParser.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
// A problem to show, or empty: the address as a person typed it must be one plain address.
QString addressProblem(const QString &typed)
{
    return mime::checkAddress(typed.trimmed());
}
} // namespace

AddressPage::AddressPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("addressPage"));
    setTitle(tr("Your name and email address"));
    setSubTitle(tr("Recipients see the name beside your address."));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("for example, Ana Pérez")); // never taken for a name already typed
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Email address"));
    m_address->setPlaceholderText(tr("ana@example.com"));
    m_address->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_addressProblem = new QLabel(this);
    m_addressProblem->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_addressProblem->setObjectName(QStringLiteral("addressProblem"));
    m_addressProblem->setWordWrap(true);
    m_progress = new QLabel(this);
    m_progress->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_progress->setObjectName(QStringLiteral("discoveryProgress"));
    m_progress->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Stop searching"), this);
    m_cancel->setObjectName(QStringLiteral("cancelDiscovery"));
    m_cancel->hide();
    m_duplicate = new QLabel(this);
    m_duplicate->setTextFormat(Qt::PlainText);
    m_duplicate->setObjectName(QStringLiteral("duplicateAddress"));
    m_duplicate->setWordWrap(true);
    m_duplicate->hide();
    m_editExisting = new QPushButton(tr("E&dit that account instead"), this);
    m_editExisting->setObjectName(QStringLiteral("editExistingAccount"));
    m_editExisting->setAutoDefault(false);
    m_editExisting->hide();

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    auto *addressLabel = new QLabel(tr("&Email address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(nameLabel, m_name);
    form->addRow(addressLabel, m_address);
    form->addRow(QString(), m_addressProblem);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_editExisting, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch();

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(600);
    connect(&m_typingPause, &QTimer::timeout, this, &AddressPage::startDiscovery);
    connect(m_address, &QLineEdit::textEdited, this, &AddressPage::addressEdited);
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        if (m_typingPause.isActive()) {
            m_typingPause.stop();
            startDiscovery();
        }
    });
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &name) { m_wizard->draft().account.displayName = name; });
    connect(m_cancel, &QPushButton::clicked, this, &AddressPage::cancelDiscovery);
    connect(m_editExisting, &QPushButton::clicked, this, [this] {
        if (const std::optional<accounts::Account> existing = m_wizard->otherAccountWithAddress(m_address->text()))
            m_wizard->editExisting(*existing);
    });
}

bool AddressPage::showDuplicate()
{
    // The same address twice would be two identical senders: the person edits the one there is instead.
    const std::optional<accounts::Account> existing = m_wizard->otherAccountWithAddress(m_address->text());
    m_duplicate->setVisible(existing.has_value());
    m_editExisting->setVisible(existing.has_value());
    if (existing)
        m_duplicate->setText(tr("This address is already set up in Remitente. To change its name, password or "
                                "server, edit that account."));
    return existing.has_value();
}

void AddressPage::initializePage()
{
    const accounts::Account &account = m_wizard->draft().account;
    m_name->setText(account.displayName);
    m_address->setText(account.address);
    if (m_wizard->isEditing())
        m_discoveredFor = account.address;
    showDuplicate();
}

void AddressPage::addressEdited()
{
    cancelDiscovery();
    m_wizard->draft().account.address = m_address->text().trimmed();
    m_addressProblem->clear();
    m_progress->clear();
    if (showDuplicate()) {
        m_typingPause.stop();
        Q_EMIT completeChanged();
        return;
    }
    m_typingPause.start();
    Q_EMIT completeChanged();
}

void AddressPage::startDiscovery()
{
    const QString address = m_address->text().trimmed();
    const QString problem = addressProblem(address);
    if (!problem.isEmpty()) {
        m_addressProblem->setText(problem);
        return;
    }
    if (address == m_discoveredFor)
        return;
    const WizardServices &services = m_wizard->services();
    providers::Discovery::Options options;
    options.deadline = services.discoveryDeadline;
    options.extraCaCertificates = services.planner->settings().extraCaCertificates;
    m_discovery = std::make_unique<providers::Discovery>(*services.catalogue, *services.resolver, options);
    connect(m_discovery.get(), &providers::Discovery::progress, this,
            [this](const QString &, const QString &message) { m_progress->setText(message); });
    connect(m_discovery.get(), &providers::Discovery::finished, this, &AddressPage::discoveryFinished);
    m_progress->setText(tr("Looking for the settings of %1…").arg(address));
    m_cancel->show();
    m_discovery->start(address);
    Q_EMIT completeChanged();
}

void AddressPage::cancelDiscovery()
{
    if (!m_discovery)
        return;
    std::unique_ptr<providers::Discovery> discovery = std::move(m_discovery);
    discovery->disconnect(this);
    discovery->cancel();
    m_cancel->hide();
    m_progress->setText(tr("Search stopped. You can choose your provider on the next page."));
    Q_EMIT completeChanged();
}

void AddressPage::discoveryFinished(const providers::DiscoveryResult &result)
{
    m_discovery.release()->deleteLater();
    m_cancel->hide();
    m_discoveredFor = result.address;
    AccountDraft &draft = m_wizard->draft();
    draft.discovery = result;
    m_wizard->applyProvider(result.providerId);
    if (const providers::Provider *provider = m_wizard->provider())
        m_progress->setText(tr("Found: %1").arg(provider->displayName()));
    else if (const std::optional<providers::Suggestion> best = result.best(); best && best->confirmed)
        m_progress->setText(tr("Found your server: %1").arg(best->host));
    else
        m_progress->setText(tr("No settings were found automatically. You can choose your provider or type the "
                               "server on the next pages."));
    Q_EMIT completeChanged();
}

bool AddressPage::isComplete() const
{
    return addressProblem(m_address->text()).isEmpty() && !m_discovery && !m_typingPause.isActive()
        && !m_wizard->otherAccountWithAddress(m_address->text());
}

bool AddressPage::validatePage()
{
    AccountDraft &draft = m_wizard->draft();
    draft.account.displayName = m_name->text().trimmed();
    draft.account.address = m_address->text().trimmed();
    if (m_discoveredFor != draft.account.address) {
        // Next was pressed before the pause ended: find the settings first, then the person presses Next again.
        m_typingPause.stop();
        startDiscovery();
        return false;
    }
    return true;
}

int AddressPage::nextId() const
{
    return SetupWizard::ProviderPageId;
}

} // namespace remitente::ui
