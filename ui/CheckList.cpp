#include "CheckList.h"

#include <QLabel>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
QString stepText(accounts::AccountCheck::Step step)
{
    switch (step) {
    case accounts::AccountCheck::Step::FindServer: return CheckList::tr("Find the server");
    case accounts::AccountCheck::Step::Connect: return CheckList::tr("Connect");
    case accounts::AccountCheck::Step::Secure: return CheckList::tr("Secure the connection");
    case accounts::AccountCheck::Step::SignIn: return CheckList::tr("Sign in");
    case accounts::AccountCheck::Step::SendTest: return CheckList::tr("Send a test email");
    }
    return {};
}
} // namespace

CheckList::CheckList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < accounts::AccountCheck::StepCount; ++i) {
        m_rows[i] = new QLabel(this);
        m_rows[i]->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
        m_rows[i]->setObjectName(QStringLiteral("checkStep%1").arg(i));
        layout->addWidget(m_rows[i]);
    }
    reset();
}

void CheckList::reset()
{
    for (int i = 0; i < accounts::AccountCheck::StepCount; ++i)
        setStep(accounts::AccountCheck::Step(i), accounts::AccountCheck::StepState::Pending, 0);
}

void CheckList::setStep(accounts::AccountCheck::Step step, accounts::AccountCheck::StepState state, qint64 elapsedMs)
{
    using State = accounts::AccountCheck::StepState;
    QString mark;
    switch (state) {
    case State::Pending: mark = QStringLiteral("○"); break;
    case State::Running: mark = QStringLiteral("…"); break;
    case State::Passed: mark = QStringLiteral("✔"); break;
    case State::Failed: mark = QStringLiteral("✘"); break;
    case State::Skipped: mark = QStringLiteral("–"); break;
    }
    QString text = mark + u' ' + stepText(step);
    if (state == State::Passed || state == State::Failed)
        text += u' ' + tr("(%1 ms)").arg(elapsedMs);
    QLabel *label = m_rows[int(step)];
    label->setText(text);
    label->setProperty("state", int(state));
    label->setAccessibleName(text);
}

} // namespace remitente::ui
