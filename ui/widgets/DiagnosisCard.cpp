#include "DiagnosisCard.h"

#include "CopyButton.h"

#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
constexpr int ButtonsPerRow = 3; // a card never grows wider than a small window
}

DiagnosisCard::DiagnosisCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("diagnosisCard"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("What went wrong"));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_title->setObjectName(QStringLiteral("diagnosisTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("diagnosisBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setOpenExternalLinks(true);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_details->setObjectName(QStringLiteral("diagnosisDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    m_toggleDetails = new QPushButton(tr("Show the server's &words"), this);
    m_toggleDetails->setObjectName(QStringLiteral("toggleDetails"));
    m_toggleDetails->setCheckable(true);
    m_toggleDetails->setAutoDefault(false);
    connect(m_toggleDetails, &QPushButton::toggled, m_details, &QLabel::setVisible);
    m_certificate = new QWidget(this);
    m_certificate->setObjectName(QStringLiteral("certificatePanel"));
    m_certificateText = new QLabel(m_certificate);
    m_certificateText->setTextFormat(Qt::PlainText); // the certificate's names come from the server
    m_certificateText->setObjectName(QStringLiteral("certificateText"));
    m_certificateText->setWordWrap(true);
    m_certificateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust = new QPushButton(tr("Trust this certificate &for this account"), m_certificate);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setAutoDefault(false);
    connect(m_trust, &QPushButton::clicked, this, &DiagnosisCard::trustCertificateRequested);
    auto *certificateLayout = new QVBoxLayout(m_certificate);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    certificateLayout->addWidget(m_certificateText);
    certificateLayout->addWidget(m_trust, 0, Qt::AlignLeft);
    m_certificate->hide();
    m_buttons = new QGridLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_certificate);
    layout->addLayout(m_buttons);
    layout->addWidget(m_toggleDetails, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    hide();
}

QPushButton *DiagnosisCard::addButton(const QString &name, const QString &text, const std::function<void()> &onClick)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QStringLiteral("action-") + name);
    button->setAutoDefault(false); // Enter keeps pressing the window's default button
    if (onClick)
        connect(button, &QPushButton::clicked, this, onClick);
    const int index = int(m_actionButtons.size());
    m_buttons->addWidget(button, index / ButtonsPerRow, index % ButtonsPerRow);
    m_actionButtons.append(button);
    return button;
}

void DiagnosisCard::showCertificate(const QString &description, bool trustable)
{
    m_certificateText->setText(description);
    m_trust->setVisible(trustable);
    m_certificate->show();
}

// Every action's button, in one place; empty for an action that has none here.
QString DiagnosisCard::buttonText(diagnosis::DiagnosisAction action) const
{
    using diagnosis::DiagnosisAction;
    switch (action) {
    case DiagnosisAction::EditPassword:
        return tr("Change the &password");
    case DiagnosisAction::EditSender:
        return tr("Change the sen&der");
    case DiagnosisAction::EditRecipients:
        return tr("Change the recip&ients");
    case DiagnosisAction::EditServer:
        return tr("Change the &server settings");
    case DiagnosisAction::TryOtherPort:
        return tr("Try the other p&ort");
    case DiagnosisAction::ShowCertificate:
    case DiagnosisAction::TrustCertificate:
        return tr("Show the c&ertificate");
    case DiagnosisAction::UseCertificateHost:
        return m_diagnosis.certificateHost().isEmpty() ? QString() : tr("&Use %1").arg(m_diagnosis.certificateHost());
    case DiagnosisAction::CheckDomain:
        return tr("Chec&k my domain");
    case DiagnosisAction::OpenLink:
        return m_diagnosis.link.isEmpty() ? QString() : tr("Open the &help page");
    case DiagnosisAction::Retry:
        return tr("T&ry again");
    case DiagnosisAction::SignInWithProvider:
        return tr("S&ign in again");
    case DiagnosisAction::WriteToAdmin:
        return tr("&Write to my IT admin");
    case DiagnosisAction::Wait:
        return {};
    }
    return {};
}

void DiagnosisCard::show(const diagnosis::Diagnosis &diagnosis, const QString &transcript)
{
    m_diagnosis = diagnosis;
    m_transcript = transcript;
    m_title->setText(diagnosis.title);
    QString html = QStringLiteral("<p>%1</p>").arg(diagnosis.explanation.toHtmlEscaped());
    if (!diagnosis.steps.isEmpty()) {
        html += QStringLiteral("<ol>");
        for (const QString &step : diagnosis.steps)
            html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    m_body->setText(html);
    // The server's reply as it wrote it; the internal line (stage, error kind) is for "Copy technical details".
    m_details->setText(diagnosis.serverWords);
    m_toggleDetails->setChecked(false);
    m_toggleDetails->setVisible(!diagnosis.serverWords.isEmpty());
    m_certificate->hide();

    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    using diagnosis::DiagnosisAction;
    for (DiagnosisAction action : diagnosis.actions) {
        if (action == DiagnosisAction::TrustCertificate)
            action = DiagnosisAction::ShowCertificate; // trusting starts with seeing it
        const QString name = diagnosis::diagnosisActionName(action);
        const QString text = buttonText(action);
        if (text.isEmpty() || findChild<QPushButton *>(QStringLiteral("action-") + name))
            continue;
        if (action == DiagnosisAction::OpenLink)
            addButton(name, text, [this] { QDesktopServices::openUrl(QUrl(m_diagnosis.link)); });
        else if (m_handled.contains(action))
            addButton(name, text, [this, action] { Q_EMIT actionRequested(action); });
    }
    auto *copy = new CopyButton(
        tr("Cop&y technical details"), [this] { return technicalDetails(); }, this);
    copy->setObjectName(QStringLiteral("action-copy-details"));
    const int index = int(m_actionButtons.size());
    m_buttons->addWidget(copy, index / ButtonsPerRow, index % ButtonsPerRow);
    m_actionButtons.append(copy);
    m_buttons->setColumnStretch(ButtonsPerRow, 1);
    QFrame::show();
}

QString DiagnosisCard::technicalDetails() const
{
    QStringList lines = {m_diagnosis.title, m_diagnosis.explanation};
    if (!m_diagnosis.serverWords.isEmpty())
        lines << tr("The server said: %1").arg(m_diagnosis.serverWords);
    lines << tr("Diagnosis: %1 (%2)").arg(m_diagnosis.id, m_diagnosis.category) << m_diagnosis.technical << QString()
          << m_transcript;
    return lines.join(u'\n');
}

} // namespace remitente::ui
