#pragma once

#include "diagnosis/DomainFinding.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace remitente::ui {

// The domain check in a few words ("Your domain's email records are in order"), with "Show details" for the
// findings and the records to add, each with a Copy button. For the end of the wizard, where the news is that the
// account works: a missing record is advice, not an error.
class DomainSummary : public QWidget
{
    Q_OBJECT
public:
    explicit DomainSummary(QWidget *parent = nullptr);
    void showChecking();
    void showFindings(const QList<diagnosis::DomainFinding> &findings);

private:
    void clearDetails();

    QLabel *m_icon;
    QLabel *m_verdict;
    QPushButton *m_toggle;
    QWidget *m_details;
    QVBoxLayout *m_detailsLayout;
};

} // namespace remitente::ui
