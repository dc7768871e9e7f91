#pragma once

#include <QString>
#include <QStringList>

namespace remitente::smtp {

// RFC 3463 enhanced status code, "class.subject.detail" (e.g. 5.7.8).
struct EnhancedStatusCode {
    int klass = 0;
    int subject = 0;
    int detail = 0;

    bool isValid() const { return klass != 0; }
    QString toString() const;
    // Parses a code at the start of text; returns an invalid code when there is none.
    static EnhancedStatusCode parse(QStringView text);

    friend bool operator==(const EnhancedStatusCode &, const EnhancedStatusCode &) = default;
};

struct Reply {
    int code = 0;
    EnhancedStatusCode enhanced;
    QStringList lines; // each line's text after "xyz-" / "xyz ", as the server wrote it

    bool isPositive() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500; }
    // All lines joined with spaces: what a person reads.
    QString text() const;
    // "535 5.7.8 Error: authentication failed"
    QString toString() const;
};

} // namespace remitente::smtp
