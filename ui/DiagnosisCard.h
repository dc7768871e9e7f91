#pragma once

#include "diagnosis/Diagnosis.h"

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QVBoxLayout;

namespace remitente::ui {

// A failure in plain words: title, what it means, numbered steps, buttons that act, and the server's own words
// and the technical details (with the redacted transcript) one click away.
class DiagnosisCard : public QFrame
{
    Q_OBJECT
public:
    explicit DiagnosisCard(QWidget *parent = nullptr);
    // The actions the card's owner carries out when asked (actionRequested); only those get a button. Opening the
    // provider's page and copying the details the card does itself.
    void setHandledActions(const QList<diagnosis::DiagnosisAction> &actions) { m_handled = actions; }
    void show(const diagnosis::Diagnosis &diagnosis, const QString &transcript);
    const diagnosis::Diagnosis &diagnosis() const { return m_diagnosis; }
    // Everything a helper needs, as text: the diagnosis, the server's words and the transcript (no secrets).
    QString technicalDetails() const;

Q_SIGNALS:
    void actionRequested(remitente::diagnosis::DiagnosisAction action);

private:
    QString buttonText(diagnosis::DiagnosisAction action) const;
    QPushButton *addButton(const QString &name, const QString &text, const std::function<void()> &onClick);

    QList<diagnosis::DiagnosisAction> m_handled;
    diagnosis::Diagnosis m_diagnosis;
    QString m_transcript;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_details;
    QPushButton *m_toggleDetails;
    QHBoxLayout *m_buttons;
};

} // namespace remitente::ui
