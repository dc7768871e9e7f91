#include "ArrivalRow.h"

#include "CertificateDescription.h"
#include "CheckList.h"
#include "DiagnosisCard.h"

#include "diagnosis/Diagnoser.h"

#include "diagnosis/ReceiverVerdict.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace remitente::ui {

namespace {
QIcon warningIcon(const QWidget *widget)
{
    return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                            widget->style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

QIcon informationIcon(const QWidget *widget)
{
    return QIcon::fromTheme(QStringLiteral("dialog-information"),
                            widget->style()->standardIcon(QStyle::SP_MessageBoxInformation));
}

// One line per piece of advice, each with a bullet.
QString bullets(const QStringList &lines)
{
    QStringList marked;
    for (const QString &line : lines)
        marked.append(QStringLiteral("• ") + line);
    return marked.join(u'\n');
}

// "2 min" or "45 s": how long it looked.
QString duration(std::chrono::milliseconds limit)
{
    const qint64 seconds = std::max<qint64>(1, std::chrono::duration_cast<std::chrono::seconds>(limit).count());
    if (seconds % 60 == 0)
        return ArrivalRow::tr("%1 min").arg(seconds / 60);
    return ArrivalRow::tr("%1 s").arg(seconds);
}
} // namespace

ArrivalRow::ArrivalRow(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("arrivalRow"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("arrivalIcon"));
    m_icon->setFixedSize(size, size);
    m_name = new QLabel(tr("Arrived"), this);
    m_name->setObjectName(QStringLiteral("arrivalName"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("arrivalStatus"));
    m_status->setTextFormat(Qt::PlainText);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("arrivalDetails"));
    m_details->setTextFormat(Qt::PlainText); // the receiver's words and folder names: never HTML
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("arrivalCancel"));
    m_cancel->setAccessibleName(tr("Stop looking for the test email"));
    m_lookAgain = new QPushButton(tr("&Look again"), this);
    m_lookAgain->setObjectName(QStringLiteral("arrivalLookAgain"));
    m_settings = new QPushButton(tr("Advanced s&ettings"), this);
    m_settings->setObjectName(QStringLiteral("arrivalSettings"));

    auto *headline = new QHBoxLayout;
    headline->setContentsMargins(0, 0, 0, 0);
    headline->addWidget(m_name);
    headline->addWidget(m_status, 1);
    headline->addWidget(m_cancel);
    headline->addWidget(m_lookAgain);
    headline->addWidget(m_settings);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, 0);
    layout->addLayout(headline, 0, 1);
    layout->addWidget(m_details, 1, 1);
    layout->setColumnStretch(1, 1);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ArrivalRow::tick);
    connect(m_cancel, &QPushButton::clicked, this, &ArrivalRow::cancel);
    connect(m_lookAgain, &QPushButton::clicked, this, &ArrivalRow::lookAgain);
    connect(m_settings, &QPushButton::clicked, this, &ArrivalRow::advancedSettingsRequested);
    hideRow();
}

bool ArrivalRow::isRunning() const
{
    return m_confirmation && m_confirmation->isRunning();
}

void ArrivalRow::setState(State state, const QIcon &icon, const QString &status, const QString &details)
{
    m_state = state;
    hideCard(); // a certificate to explain comes after, when there is one
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_name->setText(status.isEmpty() ? tr("Arrived") : tr("Arrived:"));
    m_name->setEnabled(state != State::Pending);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_cancel->setVisible(state == State::Looking);
    m_lookAgain->setVisible(state == State::NotFound || state == State::Problem || state == State::Cancelled);
    m_settings->setVisible(state == State::NoMailbox && m_settings->property("offered").toBool());
    setAccessibleName(status.isEmpty() ? tr("Arrived") : tr("Arrived: %1").arg(status));
    setAccessibleDescription(details);
    setVisible(state != State::Hidden);
    Q_EMIT stateChanged(state);
}

void ArrivalRow::drop()
{
    m_ticker.stop();
    if (!m_confirmation)
        return;
    m_confirmation->disconnect(this); // its answer is no longer wanted
    m_confirmation->cancel();
    m_confirmation->deleteLater();
    m_confirmation = nullptr;
}

void ArrivalRow::hideRow()
{
    drop();
    setState(State::Hidden, {}, {}, {});
}

void ArrivalRow::showPending()
{
    drop();
    setState(State::Pending, {}, {}, {});
}

void ArrivalRow::showNoMailbox(bool offerSettings)
{
    drop();
    m_settings->setProperty("offered", offerSettings);
    setState(State::NoMailbox, informationIcon(this), tr("Cannot look"),
             offerSettings ? tr("Remitente does not know where your mailbox is read (its IMAP server), so it cannot "
                                "see where the test email landed. Enter the IMAP server in the advanced settings.")
                           : tr("Remitente does not know where your mailbox is read (its IMAP server), so it cannot "
                                "see where the test email landed. Look for it in your mail program."));
}

void ArrivalRow::start(const imap::ImapServer &server, const accounts::SessionPlan &plan, const QByteArray &messageId)
{
    m_server = server;
    m_plan = plan;
    m_messageId = messageId;
    lookAgain();
}

void ArrivalRow::lookAgain()
{
    drop();
    m_confirmation = new accounts::DeliveryConfirmation(this);
    connect(m_confirmation, &accounts::DeliveryConfirmation::finished, this, &ArrivalRow::finished);
    m_clock.start();
    m_ticker.start();
    setState(State::Looking, CheckList::stateIcon(accounts::AccountCheck::StepState::Running, this),
             tr("Looking in your mailbox… %1 s").arg(0), {});
    m_confirmation->start(m_server, m_plan, m_messageId, m_limit);
}

void ArrivalRow::tick()
{
    m_status->setText(tr("Looking in your mailbox… %1 s").arg(m_clock.elapsed() / 1000));
}

void ArrivalRow::cancel()
{
    m_ticker.stop();
    if (isRunning())
        m_confirmation->cancel(); // finished() follows, from the event loop, saying it was cancelled
}

void ArrivalRow::finished(const accounts::DeliveryConfirmationResult &result)
{
    m_ticker.stop();
    const QString after = CheckList::seconds(qint64(result.seconds * 1000));
    const QString checked = diagnosis::describeAuthentication(result.verdict);
    QStringList advice;
    for (const diagnosis::VerdictProblem &problem : result.problems)
        advice.append(problem.words);
    if (result.cancelled) {
        setState(State::Cancelled, {}, tr("Stopped looking"),
                 tr("The test email may still arrive: look in your mailbox, or look again here."));
        return;
    }
    if (!result.problem.isEmpty()) {
        if (result.tls && !result.tls->certificate.isNull()) {
            setState(State::Problem, CheckList::stateIcon(accounts::AccountCheck::StepState::Failed, this),
                     tr("Could not look in your mailbox"), {});
            explainCertificate(*result.tls, result.problem);
            return;
        }
        setState(State::Problem, CheckList::stateIcon(accounts::AccountCheck::StepState::Failed, this),
                 tr("Could not look in your mailbox"), result.problem);
        return;
    }
    switch (result.place) {
    case imap::ArrivalPlace::Inbox: {
        QStringList paragraphs;
        if (!checked.isEmpty())
            paragraphs.append(checked);
        if (!advice.isEmpty())
            paragraphs.append(tr("It arrived, but other receivers may be stricter. What to do:") + u'\n'
                              + bullets(advice));
        setState(State::Inbox, CheckList::stateIcon(accounts::AccountCheck::StepState::Passed, this),
                 tr("In your Inbox after %1").arg(after), paragraphs.join(QStringLiteral("\n\n")));
        return;
    }
    case imap::ArrivalPlace::Junk: {
        QStringList facts{tr("It arrived after %1, but in the folder “%2” instead of the Inbox: the receiving server "
                             "does not trust it yet.")
                              .arg(after, result.mailbox)};
        if (!checked.isEmpty())
            facts.append(checked);
        if (const QString spam = diagnosis::describeSpamHeaders(result.verdict); !spam.isEmpty())
            facts.append(spam);
        advice.append(tr("In your mail, mark the test email as “not spam”: that teaches your own mailbox, though "
                         "not the mailboxes of the people you write to."));
        setState(State::Junk, warningIcon(this), tr("In Spam"),
                 facts.join(u'\n') + QStringLiteral("\n\n") + tr("What to do:") + u'\n' + bullets(advice));
        return;
    }
    case imap::ArrivalPlace::NotFound:
        break;
    }
    setState(State::NotFound, warningIcon(this), tr("Not found yet"),
             tr("The test email was in neither your Inbox nor your Spam folder after %1. Mail is sometimes "
                "slower: look again in a while. If it never comes, the server took it but did not deliver it; its "
                "provider can say why.")
                 .arg(duration(m_limit)));
}

void ArrivalRow::hideCard()
{
    m_tls.reset();
    if (m_card)
        m_card->hide();
}

void ArrivalRow::explainCertificate(const smtp::TlsFailure &tls, const QString &problem)
{
    // The same show-and-trust step as for the sending server: the diagnosis in words, the certificate, and "Trust
    // this certificate" unless it is an interception certificate.
    if (!m_card) {
        m_card = new DiagnosisCard(this);
        m_card->setObjectName(QStringLiteral("arrivalDiagnosisCard"));
        using diagnosis::DiagnosisAction;
        m_card->setHandledActions({DiagnosisAction::ShowCertificate, DiagnosisAction::TrustCertificate});
        connect(m_card, &DiagnosisCard::actionRequested, this, [this](diagnosis::DiagnosisAction) {
            if (m_tls)
                m_card->showCertificate(
                    certificateDescription(m_tls->certificate),
                    m_card->diagnosis().actions.contains(diagnosis::DiagnosisAction::TrustCertificate));
        });
        connect(m_card, &DiagnosisCard::trustCertificateRequested, this, [this] {
            if (!m_tls)
                return;
            m_plan.options.pinnedSha256 = m_tls->certificate.sha256; // the mailbox's own, not the SMTP server's
            Q_EMIT mailboxCertificateTrusted(m_tls->certificate.sha256);
            lookAgain();
        });
        static_cast<QGridLayout *>(layout())->addWidget(m_card, 2, 1);
    }
    m_tls = tls;
    smtp::SmtpError error;
    error.stage = m_server.security == imap::ImapSecurity::StartTls ? smtp::Stage::StartTls : smtp::Stage::Tls;
    error.kind = smtp::ErrorKind::CertificateRejected;
    error.message = problem;
    error.tls = tls;
    const smtp::Security security
        = m_server.security == imap::ImapSecurity::StartTls ? smtp::Security::StartTls : smtp::Security::ImplicitTls;
    m_card->show(diagnosis::Diagnoser::builtIn().diagnose({error, m_server.host, m_server.port, security, {}}), {});
}

} // namespace remitente::ui
