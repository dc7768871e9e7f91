#pragma once

#include "diagnosis/Diagnosis.h"

#include <QFrame>

class QGridLayout;
class QLabel;
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
    // The certificate, in the card: who it was issued to and its fingerprint, with "Trust this certificate" when
    // trusting it is an option (never for an interception certificate).
    void showCertificate(const QString &description, bool trustable);

Q_SIGNALS:
    void actionRequested(remitente::diagnosis::DiagnosisAction action);
    void trustCertificateRequested();

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
    QGridLayout *m_buttons;
    QList<QPushButton *> m_actionButtons;
    QWidget *m_certificate;
    QLabel *m_certificateText;
    QPushButton *m_trust;
};

} // namespace remitente::ui
