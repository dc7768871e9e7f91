#include "DomainSummary.h"

#include "CopyButton.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // records come from DNS: never HTML
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

DomainSummary::DomainSummary(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("domainSummary"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("domainVerdictIcon"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("domainVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_toggle = new QPushButton(tr("Show &details"), this);
    m_toggle->setObjectName(QStringLiteral("domainDetailsToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoDefault(false);
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("domainDetails"));
    m_detailsLayout = new QVBoxLayout(m_details);
    m_detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details->hide();
    connect(m_toggle, &QPushButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_toggle->setText(shown ? tr("Hide &details") : tr("Show &details"));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_verdict, 1);
    top->addWidget(m_toggle, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_details);
}

void DomainSummary::clearDetails()
{
    while (QLayoutItem *item = m_detailsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void DomainSummary::showChecking()
{
    clearDetails();
    m_icon->clear();
    m_verdict->setText(tr("Checking your domain's email records…"));
    m_toggle->setChecked(false);
    m_toggle->hide();
}

void DomainSummary::showFindings(const QList<diagnosis::DomainFinding> &findings)
{
    using diagnosis::Verdict;
    clearDetails();
    bool advice = false;
    for (const diagnosis::DomainFinding &finding : findings)
        advice = advice || finding.verdict == Verdict::Fail || finding.verdict == Verdict::Warning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    // An icon and words, never colour alone; a missing record is advice, so no red cross.
    m_icon->setPixmap(style()
                          ->standardIcon(advice ? QStyle::SP_MessageBoxInformation : QStyle::SP_DialogApplyButton)
                          .pixmap(size, size));
    if (findings.isEmpty())
        m_verdict->setText(tr("Your domain's email records could not be checked just now."));
    else if (advice)
        m_verdict->setText(tr("Your email works. Adding a record to your domain would help it stay out of spam "
                              "folders."));
    else
        m_verdict->setText(tr("Your domain's email records are in order."));
    m_toggle->setVisible(!findings.isEmpty());
    m_toggle->setChecked(false);

    for (const diagnosis::DomainFinding &finding : findings) {
        const bool ok = finding.verdict == Verdict::Pass || finding.verdict == Verdict::Managed;
        auto *row = new QWidget(m_details);
        auto *grid = new QGridLayout(row);
        grid->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(style()
                            ->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxInformation)
                            .pixmap(size, size));
        QString text = (ok ? tr("Fine: %1") : tr("To improve: %1")).arg(finding.summary);
        for (const QString &detail : finding.details)
            text += u'\n' + detail;
        grid->addWidget(icon, 0, 0, Qt::AlignTop);
        grid->addWidget(plainLabel(text, row), 0, 1, 1, 2);
        if (!finding.recordValue.isEmpty()) {
            const QList<std::pair<QString, QString>> parts
                = {{tr("TXT record name: %1"), finding.recordName}, {tr("Value: %1"), finding.recordValue}};
            int line = 1;
            for (const auto &[label, value] : parts) {
                auto *field = plainLabel(label.arg(value), row);
                field->setObjectName(QStringLiteral("record-%1-%2").arg(finding.check).arg(line));
                auto *copy = new CopyButton(
                    tr("Copy"), [value] { return value; }, row);
                copy->setObjectName(QStringLiteral("copyRecord-%1-%2").arg(finding.check).arg(line));
                copy->setAccessibleName(tr("Copy %1").arg(value));
                grid->addWidget(field, line, 1);
                grid->addWidget(copy, line, 2, Qt::AlignTop);
                ++line;
            }
        }
        grid->setColumnStretch(1, 1);
        m_detailsLayout->addWidget(row);
    }
}

} // namespace remitente::ui
