#include "CheckPage.h"

#include "AdminRequestDialog.h"
#include "ArrivalRow.h"
#include "CertificateDescription.h"
#include "CheckList.h"
#include "DiagnosisCard.h"
#include "DomainCheckDialog.h"
#include "ServerPage.h"
#include "SetupWizard.h"
#include "SignInPage.h"

#include "accounts/AccountFailure.h"
#include "diagnosis/Diagnoser.h"
#include "mime/AddressParser.h"
#include "outbox/OutboxStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
// Mail to ana+tag@example.es lands in ana@example.es's own mailbox, where the arrival is looked for.
bool isOwnMailbox(const QString &recipient, const QString &address)
{
    auto mailbox = [](const QString &a) {
        const qsizetype at = a.lastIndexOf(u'@');
        const QString local = a.left(at);
        return (local.section(u'+', 0, 0) + a.mid(at)).toLower();
    };
    return recipient.contains(u'@') && mailbox(recipient) == mailbox(address);
}
} // namespace

CheckPage::CheckPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("checkPage"));
    setTitle(tr("Check the settings"));
    setSubTitle(tr("Remitente connects to your server step by step. A test email proves that everything works."));
    m_list = new CheckList(this);
    m_arrival = new ArrivalRow(this);
    m_list->addStep(m_arrival);
    connect(m_arrival, &ArrivalRow::advancedSettingsRequested, this,
            [this] { act(diagnosis::DiagnosisAction::EditServer); });
    // The mailbox server's own certificate, approved after seeing it: saved with the account.
    connect(m_arrival, &ArrivalRow::mailboxCertificateTrusted, this,
            [this](const QByteArray &sha256) { m_wizard->draft().account.imapPinnedSha256 = sha256; });
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_checkOnly = new QPushButton(tr("&Check without sending"), this);
    m_checkOnly->setObjectName(QStringLiteral("checkWithoutSending"));
    m_sendTest = new QPushButton(tr("Send a &test email to myself"), this);
    m_sendTest->setObjectName(QStringLiteral("sendTestEmail"));
    m_sendTest->setDefault(true);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopCheck"));
    m_stop->hide();
    m_otherRecipient = new QCheckBox(tr("Send the test email to &another address:"), this);
    m_otherRecipient->setObjectName(QStringLiteral("otherRecipient"));
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("testRecipient"));
    m_recipient->setAccessibleName(tr("Test email recipient"));
    m_recipient->setEnabled(false);
    connect(m_otherRecipient, &QCheckBox::toggled, m_recipient, &QLineEdit::setEnabled);
    connect(m_otherRecipient, &QCheckBox::toggled, this, &CheckPage::updateSendLabel);
    connect(m_recipient, &QLineEdit::textChanged, this, &CheckPage::updateSendLabel);
    m_card = new DiagnosisCard(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkOnly);
    buttons->addWidget(m_sendTest);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto *recipientRow = new QHBoxLayout;
    recipientRow->addWidget(m_otherRecipient);
    recipientRow->addWidget(m_recipient, 1);
    // Everything scrolls: a diagnosis with its steps and a certificate is taller than the wizard's smallest size.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("checkContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_list);
    contentLayout->addLayout(buttons);
    contentLayout->addLayout(recipientRow);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(m_card);
    contentLayout->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("checkScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_checkOnly, &QPushButton::clicked, this, [this] { startCheck(false); });
    connect(m_sendTest, &QPushButton::clicked, this, [this] { startCheck(true); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        ++m_planGeneration;
        m_check.cancel();
        m_arrival->hideRow();
        setBusy(false);
        m_status->setText(tr("Stopped."));
    });
    connect(&m_check, &accounts::AccountCheck::stepChanged, this,
            [this](accounts::AccountCheck::Step step, accounts::AccountCheck::StepState state, qint64 ms,
                   const QString &) { stepChanged(step, state, ms); });
    connect(&m_check, &accounts::AccountCheck::finished, this, &CheckPage::checkFinished);
    using diagnosis::DiagnosisAction;
    m_card->setHandledActions(
        {DiagnosisAction::EditPassword, DiagnosisAction::EditSender, DiagnosisAction::EditRecipients,
         DiagnosisAction::EditServer, DiagnosisAction::TryOtherPort, DiagnosisAction::ShowCertificate,
         DiagnosisAction::TrustCertificate, DiagnosisAction::UseCertificateHost, DiagnosisAction::CheckDomain,
         DiagnosisAction::Retry, DiagnosisAction::SignInWithProvider, DiagnosisAction::WriteToAdmin});
    connect(m_card, &DiagnosisCard::actionRequested, this, &CheckPage::act);
    connect(m_card, &DiagnosisCard::trustCertificateRequested, this, [this] {
        if (!m_lastTls)
            return;
        m_wizard->draft().account.pinnedSha256 = m_lastTls->certificate.sha256;
        runCheck(m_sendingTest);
    });
}

void CheckPage::updateSendLabel()
{
    const QString other = m_recipient->text().trimmed();
    if (m_otherRecipient->isChecked() && !other.isEmpty()) {
        QString shown = other;
        shown.replace(u'&', QStringLiteral("&&")); // an address is no mnemonic
        m_sendTest->setText(tr("Send a &test email to %1").arg(shown));
    } else {
        m_sendTest->setText(tr("Send a &test email to myself"));
    }
}

void CheckPage::initializePage()
{
    m_wizard->draft().verified = false;
    m_list->reset();
    m_arrival->hideRow();
    m_status->clear();
    m_card->hide();
    m_sendTest->setFocus();
}

void CheckPage::cleanupPage()
{
    m_check.cancel();
    m_arrival->hideRow();
    setBusy(false);
}

bool CheckPage::validatePage()
{
    m_arrival->hideRow(); // on to saving: the test email is no longer looked for
    return true;
}

void CheckPage::setBusy(bool busy)
{
    m_checkOnly->setEnabled(!busy);
    m_sendTest->setEnabled(!busy);
    m_stop->setVisible(busy);
}

void CheckPage::stepChanged(accounts::AccountCheck::Step step, accounts::AccountCheck::StepState state, qint64 ms)
{
    m_list->setStep(step, state, ms);
}

void CheckPage::startCheck(bool sendTest)
{
    m_firstFailure.reset();
    m_list->setNote({});
    runCheck(sendTest);
}

bool CheckPage::tryOtherPort(const accounts::AccountCheck::Outcome &outcome, const diagnosis::Diagnosis &diagnosis)
{
    // A port that never answers is often blocked by the network (hotels, offices): the other submission port is
    // tried by itself, once, and the checklist says so.
    if (m_firstFailure || diagnosis.id != u"port-blocked")
        return false;
    accounts::Account &account = m_wizard->draft().account;
    const quint16 blocked = account.port;
    const quint16 other = diagnosis::otherPort(account.port, account.security);
    if (other == blocked || (blocked != 465 && blocked != 587))
        return false;
    m_firstFailure = FirstFailure{outcome, blocked, account.security};
    account.port = other;
    account.security = other == 465 ? smtp::Security::ImplicitTls : smtp::Security::StartTls;
    m_list->setNote(tr("Port %1 is blocked here; trying %2 instead…").arg(blocked).arg(other));
    runCheck(m_sendingTest);
    return true;
}

void CheckPage::runCheck(bool sendTest)
{
    AccountDraft &draft = m_wizard->draft();
    QString recipient;
    if (sendTest) {
        recipient = m_otherRecipient->isChecked() ? m_recipient->text().trimmed() : draft.account.address;
        const QString problem = mime::checkAddress(recipient);
        if (!problem.isEmpty()) {
            m_status->setText(problem);
            m_recipient->setFocus();
            return;
        }
    }
    m_sendingTest = sendTest;
    draft.verified = false;
    // The sixth step, where it arrived, is looked at only in the account's own mailbox.
    if (sendTest && isOwnMailbox(recipient, draft.account.address))
        m_arrival->showPending();
    else
        m_arrival->hideRow();
    m_card->hide();
    m_status->setText(tr("Checking…"));
    setBusy(true);
    Q_EMIT completeChanged();
    const int generation = ++m_planGeneration;
    auto planned = [self = QPointer<CheckPage>(this), generation, recipient](const accounts::SessionPlanResult &r) {
        if (!self || generation != self->m_planGeneration)
            return;
        if (!r.plan) {
            self->setBusy(false);
            self->m_status->setText(r.failure->message);
            return;
        }
        const AccountDraft &draft = self->m_wizard->draft();
        accounts::AccountCheck::Request request;
        request.session = *r.plan;
        request.fromAddress = draft.account.address;
        request.fromName = draft.account.displayName;
        request.testRecipient = recipient;
        if (!recipient.isEmpty())
            request.messageId = mime::newMessageId(draft.account.address); // to find it in the mailbox afterwards
        self->m_request = request;
        self->m_check.start(request);
    };
    m_wizard->services().planner->prepareWith(draft.account, draft.password, planned);
}

void CheckPage::checkFinished(const accounts::AccountCheck::Outcome &outcome)
{
    setBusy(false);
    AccountDraft &draft = m_wizard->draft();
    if (outcome.ok) {
        draft.verified = true;
        draft.account.serverSizeLimit = outcome.serverSizeLimit; // the composer warns before a message too big
        if (m_sendingTest)
            recordTestEmail(outcome);
        if (m_firstFailure && m_firstFailure->port)
            m_list->setNote(
                tr("Port %1 is blocked here; using %2 instead.").arg(m_firstFailure->port).arg(draft.account.port));
        if (m_arrival->state() == ArrivalRow::State::Pending) {
            lookForTestEmail();
            Q_EMIT completeChanged();
            return;
        }
        m_status->setText(m_sendingTest ? tr("Everything works. The test email is on its way: look for it in the "
                                             "inbox (or the spam folder) of %1.")
                                              .arg(m_otherRecipient->isChecked() ? m_recipient->text().trimmed()
                                                                                 : draft.account.address)
                                        : tr("Everything works. Press Next to save the account."));
        Q_EMIT completeChanged();
        return;
    }
    m_status->clear();
    m_arrival->hideRow();
    if (!outcome.error)
        return;
    const diagnosis::Diagnosis diagnosis
        = diagnosis::Diagnoser::builtIn().diagnose(accounts::failureContext(*outcome.error, draft.account));
    if (tryOtherPort(outcome, diagnosis))
        return;
    if (m_firstFailure && m_firstFailure->outcome.error) {
        // Neither port answered: back to the person's port, and the first failure is the one explained.
        const quint16 other = draft.account.port;
        draft.account.port = m_firstFailure->port;
        draft.account.security = m_firstFailure->security;
        m_list->setNote(tr("Port %1 did not answer either.").arg(other));
        const accounts::AccountCheck::Outcome first = m_firstFailure->outcome;
        m_firstFailure.reset();
        m_firstFailure.emplace(); // remembered as tried: the card's "Try the other port" is the person's choice
        m_lastTls = first.error->tls;
        m_card->show(diagnosis::Diagnoser::builtIn().diagnose(accounts::failureContext(*first.error, draft.account)),
                     first.transcript);
        Q_EMIT completeChanged();
        return;
    }
    m_lastTls = outcome.error->tls;
    m_card->show(diagnosis, outcome.transcript);
    Q_EMIT completeChanged();
}

void CheckPage::act(diagnosis::DiagnosisAction action)
{
    using diagnosis::DiagnosisAction;
    accounts::Account &account = m_wizard->draft().account;
    switch (action) {
    case DiagnosisAction::WriteToAdmin:
        AdminRequestDialog::openFor(m_card->diagnosis(), account, m_wizard->services().planner, this);
        break;
    case DiagnosisAction::SignInWithProvider:
    case DiagnosisAction::EditPassword:
    case DiagnosisAction::EditSender:
        while (m_wizard->currentId() != SetupWizard::SignInPageId
               && m_wizard->currentId() != SetupWizard::AddressPageId)
            m_wizard->back();
        if (auto *page = qobject_cast<SignInPage *>(m_wizard->currentPage()))
            page->focusPassword();
        break;
    case DiagnosisAction::EditServer:
        // The server page may have been skipped (the catalogue knew it): now it is wanted.
        m_wizard->draft().wantsServerPage = true;
        m_wizard->back();
        if (m_wizard->currentId() == SetupWizard::SignInPageId)
            m_wizard->next();
        if (auto *page = qobject_cast<ServerPage *>(m_wizard->currentPage()))
            page->showAdvanced();
        break;
    case DiagnosisAction::EditRecipients:
        m_otherRecipient->setChecked(true);
        m_recipient->setFocus();
        m_recipient->selectAll();
        break;
    case DiagnosisAction::TryOtherPort:
        m_firstFailure.emplace(); // the person's choice: no second switch by itself
        account.port = diagnosis::otherPort(account.port, account.security);
        account.security = account.port == 465 ? smtp::Security::ImplicitTls : smtp::Security::StartTls;
        runCheck(m_sendingTest);
        break;
    case DiagnosisAction::UseCertificateHost:
        if (const QString name = m_card->diagnosis().certificateHost(); !name.isEmpty()) {
            account.host = name;
            runCheck(m_sendingTest);
        }
        break;
    case DiagnosisAction::ShowCertificate:
    case DiagnosisAction::TrustCertificate:
        showCertificate();
        break;
    case DiagnosisAction::CheckDomain:
        DomainCheckDialog::openFor(m_wizard->services(), account, this);
        break;
    case DiagnosisAction::Retry:
        runCheck(m_sendingTest);
        break;
    case DiagnosisAction::OpenLink:
    case DiagnosisAction::Wait:
        break; // the card opens the link itself; waiting has no button
    }
}

void CheckPage::showCertificate()
{
    if (!m_lastTls || m_lastTls->certificate.isNull())
        return;
    const QString description = certificateDescription(m_lastTls->certificate);
    // An interception certificate (antivirus, proxy) is shown, never offered for trust.
    m_card->showCertificate(description,
                            m_card->diagnosis().actions.contains(diagnosis::DiagnosisAction::TrustCertificate));
    m_scroll->ensureWidgetVisible(m_card->findChild<QWidget *>(QStringLiteral("certificatePanel")));
}

void CheckPage::recordTestEmail(const accounts::AccountCheck::Outcome &outcome)
{
    // The test email is a sent message like any other: the sent log shows it, with the server's answer.
    outbox::OutboxStore *sentLog = m_wizard->services().sentLog;
    if (!sentLog)
        return;
    (void)sentLog->recordSent(m_wizard->draft().account.id, accounts::testMessage(m_request),
                              QDateTime::currentDateTimeUtc(), outcome.finalReply); // a log line: best effort
}

void CheckPage::lookForTestEmail()
{
    const AccountDraft &draft = m_wizard->draft();
    const imap::ImapServer server = accounts::mailboxServerFor(draft.account, m_wizard->services().catalogue);
    if (!server.isSet()) {
        m_arrival->showNoMailbox(true);
        m_status->setText(tr("Everything works. The test email is on its way to %1.").arg(draft.account.address));
        return;
    }
    m_status->setText(tr("Everything works. Press Next to save the account."));
    m_arrival->start(server, accounts::mailboxSignIn(draft.account, m_request.session), m_request.messageId);
}

bool CheckPage::isComplete() const
{
    return m_wizard->draft().verified && !m_check.isRunning();
}

int CheckPage::nextId() const
{
    return SetupWizard::DonePageId;
}

} // namespace remitente::ui
