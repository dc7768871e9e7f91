#include "CheckList.h"

#include <QGridLayout>
#include <QIcon>
#include <QLocale>
#include <QLabel>
#include <QStyle>

namespace remitente::ui {

namespace {
constexpr qint64 SlowStepMs = 1000;

QString stepText(accounts::AccountCheck::Step step)
{
    switch (step) {
    case accounts::AccountCheck::Step::FindServer:
        return CheckList::tr("Find the server");
    case accounts::AccountCheck::Step::Connect:
        return CheckList::tr("Connect");
    case accounts::AccountCheck::Step::Secure:
        return CheckList::tr("Secure the connection");
    case accounts::AccountCheck::Step::SignIn:
        return CheckList::tr("Sign in");
    case accounts::AccountCheck::Step::SendTest:
        return CheckList::tr("Send a test email");
    }
    return {};
}
} // namespace

CheckList::CheckList(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checkList"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (int i = 0; i < accounts::AccountCheck::StepCount; ++i) {
        m_icons[i] = new QLabel(this);
        m_icons[i]->setObjectName(QStringLiteral("checkStepIcon%1").arg(i));
        m_icons[i]->setFixedSize(size, size);
        m_rows[i] = new QLabel(this);
        m_rows[i]->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
        m_rows[i]->setObjectName(QStringLiteral("checkStep%1").arg(i));
        layout->addWidget(m_icons[i], i, 0);
        layout->addWidget(m_rows[i], i, 1);
    }
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("checkNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note, accounts::AccountCheck::StepCount + 1, 1); // under a further step (addStep)
    layout->setColumnStretch(1, 1);
    reset();
}

void CheckList::reset()
{
    for (int i = 0; i < accounts::AccountCheck::StepCount; ++i)
        setStep(accounts::AccountCheck::Step(i), accounts::AccountCheck::StepState::Pending, 0);
    setNote({});
}

void CheckList::addStep(QWidget *step)
{
    // Its own icon column is as wide as this list's, so its icon and words line up with the five steps above.
    static_cast<QGridLayout *>(layout())->addWidget(step, accounts::AccountCheck::StepCount, 0, 1, 2);
}

void CheckList::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QIcon CheckList::stateIcon(accounts::AccountCheck::StepState state, const QWidget *widget)
{
    using State = accounts::AccountCheck::StepState;
    QStyle *style = widget->style();
    switch (state) {
    case State::Pending:
        return {};
    case State::Running:
        return QIcon::fromTheme(
            QStringLiteral("content-loading"),
            QIcon::fromTheme(QStringLiteral("view-refresh"), style->standardIcon(QStyle::SP_BrowserReload)));
    case State::Passed:
        return QIcon::fromTheme(QStringLiteral("emblem-ok"), style->standardIcon(QStyle::SP_DialogApplyButton));
    case State::Failed:
        return QIcon::fromTheme(QStringLiteral("dialog-error"), style->standardIcon(QStyle::SP_MessageBoxCritical));
    case State::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    }
    return {};
}

QString CheckList::seconds(qint64 elapsedMs)
{
    return tr("%1 s").arg(QLocale().toString(double(elapsedMs) / 1000.0, 'f', 1));
}

void CheckList::setStep(accounts::AccountCheck::Step step, accounts::AccountCheck::StepState state, qint64 elapsedMs)
{
    using State = accounts::AccountCheck::StepState;
    const QString name = stepText(step);
    QString text;
    // The state in words beside the icon: never colour or shape alone.
    switch (state) {
    case State::Pending:
        text = name;
        break;
    case State::Running:
        text = tr("%1: working…").arg(name);
        break;
    case State::Passed:
        text = tr("%1: done").arg(name);
        break;
    case State::Failed:
        text = tr("%1: failed").arg(name);
        break;
    case State::Skipped:
        text = tr("%1: skipped").arg(name);
        break;
    }
    // The time where it matters (a slow step, a timeout), in seconds; a quick step needs none.
    if ((state == State::Passed || state == State::Failed) && elapsedMs >= SlowStepMs)
        text += u' ' + tr("(%1)").arg(seconds(elapsedMs));
    QLabel *label = m_rows[int(step)];
    label->setText(text);
    label->setEnabled(state != State::Pending); // not started yet: the palette's disabled text, in any theme
    label->setProperty("state", int(state));
    label->setAccessibleName(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QIcon icon = stateIcon(state, this);
    m_icons[int(step)]->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_icons[int(step)]->setProperty("state", int(state));
}

} // namespace remitente::ui
