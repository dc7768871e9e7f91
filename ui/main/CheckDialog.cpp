#include "CheckDialog.h"

#include "AdminRequestDialog.h"
#include "ArrivalRow.h"
#include "CheckList.h"
#include "DiagnosisCard.h"
#include "DomainCheckDialog.h"

#include "accounts/AccountFailure.h"
#include "diagnosis/Diagnoser.h"
#include "mime/Message.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace remitente::ui {

CheckDialog::CheckDialog(const AppServices &services, const accounts::Account &account, bool sendTest, QWidget *parent)
    : QDialog(parent), m_services(services), m_account(account), m_sendTest(sendTest)
{
    setObjectName(QStringLiteral("checkDialog"));
    setWindowTitle(sendTest ? tr("Send a test email: %1").arg(account.address)
                            : tr("Check the connection: %1").arg(account.address));
    setAttribute(Qt::WA_DeleteOnClose);
    m_list = new CheckList(this);
    m_arrival = new ArrivalRow(this);
    m_list->addStep(m_arrival);
    connect(m_arrival, &ArrivalRow::advancedSettingsRequested, this, [this] { Q_EMIT editRequested(m_account.id); });
    // The mailbox server's own certificate, approved after seeing it, is remembered with the account.
    connect(m_arrival, &ArrivalRow::mailboxCertificateTrusted, this, [this](const QByteArray &sha256) {
        m_account.imapPinnedSha256 = sha256;
        m_services.store->upsert(m_account);
        QString error;
        if (!m_services.store->save(&error))
            m_status->setText(tr("The certificate is trusted for now, but this could not be noted in the account "
                                 "list: %1")
                                  .arg(error));
        Q_EMIT accountChanged();
    });
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_card = new DiagnosisCard(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Everything but the buttons scrolls: where the test email landed, with its advice, or a diagnosis with a
    // certificate is taller than the dialog at its smallest.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_list);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(m_card);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("checkScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    setMinimumSize(420, 320);
    resize(560, 420);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_check, &accounts::AccountCheck::stepChanged, this,
            [this](accounts::AccountCheck::Step step, accounts::AccountCheck::StepState state, qint64 ms,
                   const QString &) { m_list->setStep(step, state, ms); });
    connect(&m_check, &accounts::AccountCheck::finished, this, &CheckDialog::finished);
    // The test email goes to the account's own address, so there are no recipients to change here; the rest of
    // the settings are changed with the wizard's pages.
    using diagnosis::DiagnosisAction;
    m_card->setHandledActions({DiagnosisAction::EditPassword, DiagnosisAction::EditSender, DiagnosisAction::EditServer,
                               DiagnosisAction::TryOtherPort, DiagnosisAction::ShowCertificate,
                               DiagnosisAction::TrustCertificate, DiagnosisAction::UseCertificateHost,
                               DiagnosisAction::CheckDomain, DiagnosisAction::Retry,
                               DiagnosisAction::SignInWithProvider, DiagnosisAction::WriteToAdmin});
    connect(m_card, &DiagnosisCard::actionRequested, this, [this](DiagnosisAction action) {
        switch (action) {
        case DiagnosisAction::Retry:
            start();
            break;
        case DiagnosisAction::SignInWithProvider:
            Q_EMIT signInRequested(m_account.id);
            break;
        case DiagnosisAction::WriteToAdmin:
            AdminRequestDialog::openFor(m_card->diagnosis(), m_account, m_services.planner, this);
            break;
        case DiagnosisAction::CheckDomain:
            DomainCheckDialog::openFor(m_services, m_account, this);
            break;
        case DiagnosisAction::EditPassword:
        case DiagnosisAction::EditSender:
        case DiagnosisAction::EditServer:
        case DiagnosisAction::TryOtherPort:
        case DiagnosisAction::ShowCertificate:
        case DiagnosisAction::TrustCertificate:
        case DiagnosisAction::UseCertificateHost:
            Q_EMIT editRequested(m_account.id);
            break;
        case DiagnosisAction::EditRecipients:
        case DiagnosisAction::OpenLink:
        case DiagnosisAction::Wait:
            break;
        }
    });
}

void CheckDialog::start()
{
    m_card->hide();
    m_list->reset();
    if (m_sendTest)
        m_arrival->showPending();
    m_status->setText(tr("Reading the sign-in from the system keychain…"));
    m_services.planner->prepare(m_account, [self = QPointer<CheckDialog>(this)](const accounts::SessionPlanResult &r) {
        if (!self)
            return;
        if (!r.plan) {
            self->m_arrival->hideRow();
            self->m_status->setText(r.failure->message);
            return;
        }
        accounts::AccountCheck::Request request;
        request.session = *r.plan;
        request.fromAddress = self->m_account.address;
        request.fromName = self->m_account.displayName;
        if (self->m_sendTest) {
            request.testRecipient = self->m_account.address;
            request.messageId = mime::newMessageId(self->m_account.address); // to find it in the mailbox afterwards
        }
        self->m_status->setText(tr("Checking…"));
        self->m_request = request;
        self->m_check.start(request);
    });
}

void CheckDialog::finished(const accounts::AccountCheck::Outcome &outcome)
{
    if (outcome.ok) {
        const imap::ImapServer mailbox
            = m_sendTest ? accounts::mailboxServerFor(m_account, m_services.catalogue) : imap::ImapServer();
        // Where the test email went is the sixth step's to say, when it can look.
        m_status->setText(m_sendTest && !mailbox.isSet()
                              ? tr("Everything works. The test email is on its way to %1.").arg(m_account.address)
                              : tr("Everything works."));
        m_account.verifiedAt = QDateTime::currentDateTimeUtc();
        m_account.serverSizeLimit = outcome.serverSizeLimit; // the composer warns before a message too big
        if (m_sendTest && m_services.outboxStore)            // the test email in the sent log, like any sent message
            (void)m_services.outboxStore->recordSent(m_account.id, accounts::testMessage(m_request),
                                                     m_account.verifiedAt, outcome.finalReply);
        m_services.store->upsert(m_account);
        QString error;
        if (!m_services.store->save(&error))
            m_status->setText(tr("Everything works, but this could not be noted in the account list: %1").arg(error));
        Q_EMIT accountChanged();
        if (m_sendTest) {
            if (mailbox.isSet())
                m_arrival->start(mailbox, accounts::mailboxSignIn(m_account, m_request.session), m_request.messageId);
            else
                m_arrival->showNoMailbox(true);
        }
        return;
    }
    m_status->clear();
    m_arrival->hideRow();
    if (!outcome.error)
        return;
    m_card->show(diagnosis::Diagnoser::builtIn().diagnose(accounts::failureContext(*outcome.error, m_account)),
                 outcome.transcript);
}

} // namespace remitente::ui
