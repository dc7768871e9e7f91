#include "ServerPage.h"

#include "SetupWizard.h"

#include "imap/ImapServerNames.h"
#include "providers/ImapSuggestion.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace remitente::ui {

ServerPage::ServerPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("Server settings"));
    setSubTitle(tr("Remitente could not find these settings. Your provider's help pages or your administrator "
                   "can tell you the server's name.")); // initializePage says where the values came from
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText); // its own markup; every value in it is escaped
    m_summary->setObjectName(QStringLiteral("serverSummary"));
    m_summary->setWordWrap(true);
    m_advanced = new QGroupBox(tr("&Advanced"), this);
    m_advanced->setObjectName(QStringLiteral("advancedSettings"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);

    m_host = new QLineEdit(m_advanced);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(tr("Server"));
    m_port = new QSpinBox(m_advanced);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Port"));
    m_security = new QComboBox(m_advanced);
    m_security->setObjectName(QStringLiteral("securityChoice"));
    m_security->setAccessibleName(tr("Security"));
    m_security->addItem(tr("SSL/TLS"), int(smtp::Security::ImplicitTls));
    m_security->addItem(tr("STARTTLS"), int(smtp::Security::StartTls));
    m_username = new QLineEdit(m_advanced);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("User name"));
    m_imapHost = new QLineEdit(m_advanced);
    m_imapHost->setObjectName(QStringLiteral("imapHostEdit"));
    m_imapHost->setAccessibleName(tr("IMAP server"));
    m_imapHost->setPlaceholderText(tr("none"));
    m_imapHost->setToolTip(tr("The incoming server where your mailbox is read, to find the test email."));
    m_imapPort = new QSpinBox(m_advanced);
    m_imapPort->setObjectName(QStringLiteral("imapPortEdit"));
    m_imapPort->setRange(1, 65535);
    m_imapPort->setAccessibleName(tr("IMAP port"));
    m_imapSecurity = new QComboBox(m_advanced);
    m_imapSecurity->setObjectName(QStringLiteral("imapSecurityChoice"));
    m_imapSecurity->setAccessibleName(tr("IMAP security"));
    m_imapSecurity->addItem(tr("SSL/TLS"), int(imap::ImapSecurity::Tls));
    m_imapSecurity->addItem(tr("STARTTLS"), int(imap::ImapSecurity::StartTls));
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_problem->setObjectName(QStringLiteral("serverProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(m_advanced);
    auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, m_advanced);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Server:"), m_host);
    addRow(tr("P&ort:"), m_port);
    addRow(tr("S&ecurity:"), m_security);
    addRow(tr("&User name:"), m_username);
    addRow(tr("&IMAP server:"), m_imapHost);
    addRow(tr("IMAP &port:"), m_imapPort);
    addRow(tr("IMAP securit&y:"), m_imapSecurity);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_advanced);
    layout->addWidget(m_problem);
    layout->addStretch();

    auto fieldsVisible = [this](bool on) {
        for (QWidget *child : m_advanced->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            child->setVisible(on);
    };
    connect(m_advanced, &QGroupBox::toggled, this, fieldsVisible);
    fieldsVisible(false);
    auto changed = [this] {
        m_problem->setText(problem());
        updateSummary();
        Q_EMIT completeChanged();
    };
    connect(m_host, &QLineEdit::textChanged, this, changed);
    // The mailbox follows the outgoing server (mail.example.com serves both) until the person types another.
    connect(m_host, &QLineEdit::textEdited, this, [this] {
        if (m_imapEdited)
            return;
        const imap::ImapServer suggested = suggestedImap();
        m_imapHost->setText(suggested.host);
        m_imapPort->setValue(suggested.port);
        m_imapSecurity->setCurrentIndex(std::max(0, m_imapSecurity->findData(int(suggested.security))));
    });
    connect(m_imapHost, &QLineEdit::textEdited, this, [this] { m_imapEdited = true; });
    connect(m_imapHost, &QLineEdit::textChanged, this, changed);
    connect(m_imapSecurity, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_imapPort->value() == 993 || m_imapPort->value() == 143)
            m_imapPort->setValue(imap::defaultImapPort(imap::ImapSecurity(m_imapSecurity->currentData().toInt())));
    });
    connect(m_username, &QLineEdit::textChanged, this, changed);
    connect(m_port, &QSpinBox::valueChanged, this, changed);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this, changed](int) {
        // The usual port for each kind of security, unless the person typed another.
        const auto security = smtp::Security(m_security->currentData().toInt());
        if (m_port->value() == 465 || m_port->value() == 587)
            m_port->setValue(smtp::defaultPort(security));
        changed();
    });
}

void ServerPage::initializePage()
{
    const AccountDraft &draft = m_wizard->draft();
    const accounts::Account &account = draft.account;
    // Say "filled in for you" only when something was: the catalogue or discovery gave these values.
    switch (draft.settingsSource) {
    case AccountDraft::SettingsSource::Found:
        setSubTitle(tr("Remitente filled these in for you. Most people do not need to change them."));
        break;
    case AccountDraft::SettingsSource::Saved:
        setSubTitle(tr("The settings this account was saved with. Change them only if your provider asks you to."));
        break;
    case AccountDraft::SettingsSource::Nobody:
        setSubTitle(tr("Remitente could not find these settings. Your provider's help pages or your administrator "
                       "can tell you the server's name."));
        break;
    }
    m_host->setText(account.host);
    m_port->setValue(account.port ? account.port : 465);
    m_security->setCurrentIndex(std::max(0, m_security->findData(int(account.security))));
    m_username->setText(account.username.isEmpty() ? account.address : account.username);
    // The saved or found mailbox; else where it most likely is. Either way the person may change it here.
    const imap::ImapServer imap = account.imap.isSet() ? account.imap : suggestedImap();
    m_imapEdited = account.imap.isSet() && account.imap != suggestedImap();
    m_imapHost->setText(imap.host);
    m_imapSecurity->setCurrentIndex(std::max(0, m_imapSecurity->findData(int(imap.security))));
    m_imapPort->setValue(imap.port);
    m_problem->setText(problem());
    updateSummary();
    if (account.host.isEmpty())
        showAdvanced();
}

void ServerPage::showAdvanced()
{
    m_advanced->setChecked(true);
    // Queued: QWizard gives the focus to the page's first child (the Advanced box) after initializePage.
    QTimer::singleShot(0, this, [this] {
        const bool onlyUserNameMissing = !m_host->text().trimmed().isEmpty() && m_username->text().trimmed().isEmpty();
        (onlyUserNameMissing ? m_username : m_host)->setFocus(Qt::OtherFocusReason);
    });
}

QString ServerPage::problem() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Type the server's name, for example smtp.example.com.");
    if (host.contains(u' ') || host.contains(u'@') || host.contains(u'/'))
        return tr("A server name has no spaces, @ or /: for example smtp.example.com.");
    if (m_username->text().trimmed().isEmpty())
        return tr("Type the user name, usually your full email address.");
    const QString imapHost = m_imapHost->text().trimmed();
    if (imapHost.contains(u' ') || imapHost.contains(u'@') || imapHost.contains(u'/'))
        return tr("The IMAP server's name has no spaces, @ or /: for example imap.example.com.");
    return {};
}

imap::ImapServer ServerPage::suggestedImap() const
{
    const accounts::Account &account = m_wizard->draft().account;
    return providers::suggestedImapServer(m_wizard->services().catalogue, account.providerId, account.address,
                                          m_host->text());
}

void ServerPage::updateSummary()
{
    // Without a server name there is nothing to sum up ("Server , port 465").
    m_summary->setVisible(!m_host->text().trimmed().isEmpty());
    m_summary->setText(tr("Server <b>%1</b>, port %2 with %3, user name <b>%4</b>.")
                           .arg(m_host->text().trimmed().toHtmlEscaped())
                           .arg(m_port->value())
                           .arg(m_security->currentText(), m_username->text().trimmed().toHtmlEscaped()));
}

bool ServerPage::isComplete() const
{
    return problem().isEmpty();
}

bool ServerPage::validatePage()
{
    accounts::Account &account = m_wizard->draft().account;
    const QString host = m_host->text().trimmed();
    if (host != account.host)
        account.pinnedSha256.clear(); // a pin belongs to one server's certificate
    account.host = host;
    account.port = quint16(m_port->value());
    account.security = smtp::Security(m_security->currentData().toInt());
    account.username = m_username->text().trimmed();
    if (m_imapHost->text().trimmed() != account.imap.host)
        account.imapPinnedSha256.clear(); // a pin belongs to one server's certificate
    account.imap = {};
    if (const QString imapHost = m_imapHost->text().trimmed(); !imapHost.isEmpty())
        account.imap
            = {imapHost, quint16(m_imapPort->value()), imap::ImapSecurity(m_imapSecurity->currentData().toInt())};
    return true;
}

int ServerPage::nextId() const
{
    return SetupWizard::CheckPageId;
}

} // namespace remitente::ui
