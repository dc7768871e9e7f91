// The diagnosis card: every action the catalogue can name gets its button where the owner handles it, and a
// press says which action it was.
#include "DiagnosisCard.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using remitente::diagnosis::DiagnosisAction;
using remitente::ui::DiagnosisCard;

namespace {
diagnosis::Diagnosis withActions(QList<DiagnosisAction> actions)
{
    diagnosis::Diagnosis diagnosis;
    diagnosis.id = QStringLiteral("test");
    diagnosis.title = QStringLiteral("Something went wrong");
    diagnosis.actions = std::move(actions);
    diagnosis.link = QStringLiteral("https://example.test/help");
    diagnosis.certificateNames = {QStringLiteral("mail.example.test")};
    return diagnosis;
}
} // namespace

TEST(DiagnosisCard, EveryHandledActionHasAButtonThatSaysWhichItIs)
{
    DiagnosisCard card;
    const QList<DiagnosisAction> handled
        = {DiagnosisAction::EditPassword,       DiagnosisAction::EditSender,   DiagnosisAction::EditRecipients,
           DiagnosisAction::EditServer,         DiagnosisAction::TryOtherPort, DiagnosisAction::ShowCertificate,
           DiagnosisAction::UseCertificateHost, DiagnosisAction::CheckDomain,  DiagnosisAction::Retry};
    card.setHandledActions(handled);
    card.show(withActions(handled + QList<DiagnosisAction>{DiagnosisAction::OpenLink, DiagnosisAction::Wait}), {});
    QSignalSpy requested(&card, &DiagnosisCard::actionRequested);
    for (const DiagnosisAction action : handled) {
        const QString name = QStringLiteral("action-") + diagnosis::diagnosisActionName(action);
        auto *button = card.findChild<QPushButton *>(name);
        ASSERT_NE(button, nullptr) << name.toStdString();
        EXPECT_FALSE(button->text().isEmpty());
        button->click();
        ASSERT_FALSE(requested.isEmpty());
        EXPECT_EQ(requested.takeLast().at(0).value<DiagnosisAction>(), action) << name.toStdString();
    }
    EXPECT_NE(card.findChild<QPushButton *>(QStringLiteral("action-open-link")), nullptr) << "the card's own";
    EXPECT_EQ(card.findChild<QPushButton *>(QStringLiteral("action-wait")), nullptr) << "nothing to press";
    EXPECT_NE(card.findChild<QPushButton *>(QStringLiteral("action-copy-details")), nullptr);
}

TEST(DiagnosisCard, AnActionItsOwnerCannotCarryOutGetsNoButton)
{
    DiagnosisCard card;
    card.setHandledActions({DiagnosisAction::Retry});
    card.show(withActions({DiagnosisAction::EditRecipients, DiagnosisAction::Retry}), {});
    EXPECT_EQ(card.findChild<QPushButton *>(QStringLiteral("action-edit-recipients")), nullptr);
    EXPECT_NE(card.findChild<QPushButton *>(QStringLiteral("action-retry")), nullptr);
}
