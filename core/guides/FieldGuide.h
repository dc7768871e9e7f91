#pragma once

#include "accounts/Account.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remitente::guides {

// One line of a program's settings screen: its own label and what to put there.
struct GuideField {
    QString label;
    QString value; // the value itself; empty for the password
    bool isPassword = false;
    bool isChoice = false; // picked from the program's list or switch ("SSL", "On"), never typed or pasted
};

// Where another program (a CMS, a CRM, a mail client) wants this account's settings, in its own words, from
// guides.json (GuideData: resources/guides.json, installed in share/remitente, corrections in the config folder;
// each guide cites the documentation or source its labels come from).
struct FieldGuide {
    QString id;
    QString program;
    bool labelsInLanguage = true; // false: some labels are the program's English ones (the language's not sourced)
    QList<GuideField> fields;
    QString where;        // where that screen is in the program
    QStringList mistakes; // the mistakes people make on that screen
    QString ownSignIn;    // the program's own "Connect with Google/Microsoft", where it has one
    QString warning;      // what the program cannot do with this account's settings (e.g. no port 465)
    QString trust;        // how the program is told to trust one certificate, where the data says
    QString source;       // where the labels come from (English only: for people who correct the data)
    bool cloud = false;   // runs on its maker's servers, which cannot reach the relay on this computer
};

QStringList fieldGuideIds();
// The guide for the account, labels and texts in language ("en", "es"; English where that language's are not sourced).
std::optional<FieldGuide> fieldGuide(const QString &id, const accounts::Account &account, const QString &language);

} // namespace remitente::guides
