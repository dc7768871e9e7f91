#include "DiagnosisCard.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace remitente::ui {

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
    connect(m_toggleDetails, &QPushButton::toggled, m_details, &QLabel::setVisible);
    m_buttons = new QHBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addLayout(m_buttons);
    layout->addWidget(m_toggleDetails, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    hide();
}

QPushButton *DiagnosisCard::addButton(const QString &action, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QStringLiteral("action-") + action);
    connect(button, &QPushButton::clicked, this, [this, action] {
        if (action == u"open-link")
            QDesktopServices::openUrl(QUrl(m_diagnosis.link));
        else if (action == u"copy-details")
            QApplication::clipboard()->setText(technicalDetails());
        Q_EMIT actionRequested(action);
    });
    m_buttons->addWidget(button);
    return button;
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
    QStringList details;
    if (!diagnosis.serverWords.isEmpty())
        details << tr("The server said: %1").arg(diagnosis.serverWords);
    details << diagnosis.technical;
    m_details->setText(details.join(u'\n'));
    m_toggleDetails->setChecked(false);

    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &action : diagnosis.actions) {
        if (action == u"edit-password")
            addButton(action, tr("Change the &password"));
        else if (action == u"try-other-port")
            addButton(action, tr("Try the other p&ort"));
        else if (action == u"trust-certificate" || action == u"show-certificate") {
            if (!m_buttons->parentWidget()->findChild<QPushButton *>(QStringLiteral("action-show-certificate")))
                addButton(QStringLiteral("show-certificate"), tr("Show the c&ertificate"));
        } else if (action == u"use-certificate-host" && !diagnosis.certificateHost().isEmpty())
            addButton(action, tr("&Use %1").arg(diagnosis.certificateHost()));
        else if (action == u"edit-server")
            addButton(action, tr("Change the &server settings"));
        else if (action == u"edit-sender")
            addButton(action, tr("Change the sen&der"));
        else if (action == u"open-link" && !diagnosis.link.isEmpty())
            addButton(action, tr("Open the &help page"));
        else if (action == u"retry")
            addButton(action, tr("T&ry again"));
    }
    addButton(QStringLiteral("copy-details"), tr("Cop&y technical details"));
    m_buttons->addStretch();
    QFrame::show();
}

QString DiagnosisCard::technicalDetails() const
{
    QStringList lines = {m_diagnosis.title, m_diagnosis.explanation};
    if (!m_diagnosis.serverWords.isEmpty())
        lines << tr("The server said: %1").arg(m_diagnosis.serverWords);
    lines << tr("Diagnosis: %1 (%2)").arg(m_diagnosis.id, m_diagnosis.category) << m_diagnosis.technical
          << QString() << m_transcript;
    return lines.join(u'\n');
}

} // namespace remitente::ui
