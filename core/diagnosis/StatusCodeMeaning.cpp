#include "StatusCodeMeaning.h"

#include <QCoreApplication>

#include <array>

namespace remitente::diagnosis {

namespace {
struct Meaning {
    int subject;
    int detail; // -1: any detail of this subject
    const char *text;
};

// Most specific first within each subject; the subject's own line last.
constexpr std::array meanings = {
    Meaning{1, 1, QT_TRANSLATE_NOOP("remitente::diagnosis", "The recipient's mailbox does not exist.")},
    Meaning{
        1, 2,
        QT_TRANSLATE_NOOP("remitente::diagnosis", "The recipient's domain does not exist or does not receive email.")},
    Meaning{1, 3, QT_TRANSLATE_NOOP("remitente::diagnosis", "The recipient's address is not written correctly.")},
    Meaning{1, 4, QT_TRANSLATE_NOOP("remitente::diagnosis", "The recipient's address is ambiguous.")},
    Meaning{1, 6, QT_TRANSLATE_NOOP("remitente::diagnosis", "The recipient's mailbox has moved.")},
    Meaning{1, 7, QT_TRANSLATE_NOOP("remitente::diagnosis", "The sender's address is not written correctly.")},
    Meaning{1, 8, QT_TRANSLATE_NOOP("remitente::diagnosis", "The sender's domain is not accepted.")},
    Meaning{1, -1, QT_TRANSLATE_NOOP("remitente::diagnosis", "There is a problem with an address.")},
    Meaning{2, 1, QT_TRANSLATE_NOOP("remitente::diagnosis", "The recipient's mailbox is disabled.")},
    Meaning{2, 2, QT_TRANSLATE_NOOP("remitente::diagnosis", "The recipient's mailbox is full.")},
    Meaning{2, 3, QT_TRANSLATE_NOOP("remitente::diagnosis", "The message is larger than this mailbox accepts.")},
    Meaning{2, -1, QT_TRANSLATE_NOOP("remitente::diagnosis", "There is a problem with the recipient's mailbox.")},
    Meaning{3, 1, QT_TRANSLATE_NOOP("remitente::diagnosis", "The mail server is out of space.")},
    Meaning{3, 2,
            QT_TRANSLATE_NOOP("remitente::diagnosis", "The mail server is not accepting messages at the moment.")},
    Meaning{3, 4, QT_TRANSLATE_NOOP("remitente::diagnosis", "The message is larger than the server accepts.")},
    Meaning{3, 5, QT_TRANSLATE_NOOP("remitente::diagnosis", "The mail server is not set up correctly.")},
    Meaning{3, -1, QT_TRANSLATE_NOOP("remitente::diagnosis", "There is a problem with the mail server.")},
    Meaning{4, 1, QT_TRANSLATE_NOOP("remitente::diagnosis", "The next server did not answer.")},
    Meaning{4, 4,
            QT_TRANSLATE_NOOP("remitente::diagnosis", "The server cannot find a route to the recipient's domain.")},
    Meaning{4, 5, QT_TRANSLATE_NOOP("remitente::diagnosis", "The mail system is congested.")},
    Meaning{4, 7, QT_TRANSLATE_NOOP("remitente::diagnosis", "The message waited too long and was given up.")},
    Meaning{4, -1,
            QT_TRANSLATE_NOOP("remitente::diagnosis", "There is a network or routing problem between mail servers.")},
    Meaning{5, 3, QT_TRANSLATE_NOOP("remitente::diagnosis", "The message has too many recipients.")},
    Meaning{5, -1, QT_TRANSLATE_NOOP("remitente::diagnosis", "The server did not understand a command.")},
    Meaning{6, -1, QT_TRANSLATE_NOOP("remitente::diagnosis", "The server cannot handle the message's format.")},
    Meaning{7, 1,
            QT_TRANSLATE_NOOP("remitente::diagnosis", "The server's rules do not allow this message or this sender.")},
    Meaning{7, 8, QT_TRANSLATE_NOOP("remitente::diagnosis", "The username or password is wrong.")},
    Meaning{7, 9,
            QT_TRANSLATE_NOOP("remitente::diagnosis", "The sign-in method is not strong enough for this server.")},
    Meaning{7, 11, QT_TRANSLATE_NOOP("remitente::diagnosis", "The server needs a secure connection for this sign-in.")},
    Meaning{7, 13, QT_TRANSLATE_NOOP("remitente::diagnosis", "The account is disabled.")},
    Meaning{7, -1,
            QT_TRANSLATE_NOOP("remitente::diagnosis", "The server refused this for security or policy reasons.")},
};
} // namespace

QString statusCodeMeaning(const smtp::EnhancedStatusCode &code)
{
    if (!code.isValid())
        return {};
    for (const Meaning &meaning : meanings) {
        if (meaning.subject == code.subject && (meaning.detail == code.detail || meaning.detail == -1))
            return QCoreApplication::translate("remitente::diagnosis", meaning.text);
    }
    return QCoreApplication::translate("remitente::diagnosis", "The server gave no further reason.");
}

} // namespace remitente::diagnosis
