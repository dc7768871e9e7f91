#pragma once

#include "accounts/AccountCheck.h"

#include <QWidget>

class QLabel;

namespace remitente::ui {

// The live checklist: Find the server, Connect, Secure the connection, Sign in, Send a test email, each with a
// tick, a cross or a dash and its time.
class CheckList : public QWidget
{
    Q_OBJECT
public:
    explicit CheckList(QWidget *parent = nullptr);
    void reset();
    void setStep(accounts::AccountCheck::Step step, accounts::AccountCheck::StepState state, qint64 elapsedMs);
    QLabel *row(accounts::AccountCheck::Step step) const { return m_rows[int(step)]; }

private:
    QLabel *m_rows[accounts::AccountCheck::StepCount];
};

} // namespace remitente::ui
