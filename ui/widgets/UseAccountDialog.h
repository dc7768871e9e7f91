#pragma once

#include "accounts/Account.h"
#include "guides/CodeSnippet.h"
#include "guides/FieldGuide.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QVBoxLayout;

namespace remitente::ui {

// "Use this account in…": the places people put these settings (content systems, shops, CRMs, mail programs, their
// own code), each a short page in that program's own words: its field names in the order its screen shows them,
// this account's values beside them with Copy buttons, where that screen is and the mistakes people make there
// (resources/guides.json); for code, a runnable snippet to copy or save. The password is never shown: the page says
// which one to use. An account that signs in with Microsoft or Google has none: the page says where the program
// signs in itself, and offers the relay on this computer with its own values.
class UseAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UseAccountDialog(const accounts::Account &account, QWidget *parent = nullptr);

    // Opens "Programs that send through Remitente" (the main window's); without it the relay offer only names it.
    void setRelayClientsHandler(std::function<void()> handler);
    QStringList destinations() const; // in the list's order: the guides' ids, then the code snippets' names
    void showDestination(const QString &id);

private:
    void addSection(const QString &title);
    void addDestination(const QString &id, const QString &name, QWidget *page);
    QWidget *guidePage(const guides::FieldGuide &guide);
    QWidget *codePage(guides::SnippetLanguage language, const QString &id, const QString &name);
    void addOAuthNotice(QVBoxLayout *layout, const QString &program, const QString &relayUser, const QString &ownSignIn,
                        bool cloud, bool code, bool website);
    void addFields(QVBoxLayout *layout, const QList<guides::GuideField> &fields, bool throughRelay);
    void addPinnedNotice(QVBoxLayout *layout, const QString &how);
    void addMistakes(QVBoxLayout *layout, const QStringList &mistakes);
    void saveSnippet(const QString &path, const QString &snippet, QLabel *status);
    QString passwordText(bool throughRelay) const;
    QString language() const;
    bool throughRelay() const;

    accounts::Account m_account;
    QListWidget *m_list;
    QStackedWidget *m_pages;
    std::function<void()> m_relayClients;
    QList<QWidget *> m_relayButtons;
};

} // namespace remitente::ui
