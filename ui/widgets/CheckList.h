#pragma once

#include "accounts/AccountCheck.h"

#include <QWidget>

class QLabel;

namespace remitente::ui {

// The live checklist: Find the server, Connect, Secure the connection, Sign in, Send a test email, each with an
// icon for its state (working, done, failed, skipped), the same state in words, and its time in seconds when it
// was slow. Icons come
// from the desktop's theme, with the style's standard icons where the theme has none.
class CheckList : public QWidget
{
    Q_OBJECT
public:
    explicit CheckList(QWidget *parent = nullptr);
    void reset();
    void setStep(accounts::AccountCheck::Step step, accounts::AccountCheck::StepState state, qint64 elapsedMs);
    QLabel *row(accounts::AccountCheck::Step step) const { return m_rows[int(step)]; }
    QLabel *icon(accounts::AccountCheck::Step step) const { return m_icons[int(step)]; }
    // A sixth step under the five (ArrivalRow), with an icon as wide as theirs in its own first column.
    void addStep(QWidget *step);
    // A note under the list ("Port 465 is blocked here; using 587 instead"); empty hides it.
    void setNote(const QString &note);

    static QIcon stateIcon(accounts::AccountCheck::StepState state, const QWidget *widget);
    static QString seconds(qint64 elapsedMs); // "1.2 s" in the person's locale

private:
    QLabel *m_icons[accounts::AccountCheck::StepCount];
    QLabel *m_rows[accounts::AccountCheck::StepCount];
    QLabel *m_note;
};

} // namespace remitente::ui
