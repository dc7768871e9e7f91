#pragma once

#include "smtp/SessionOptions.h"

#include <QByteArray>
#include <QString>

namespace remitente::testing {

// The local Postfix + Dovecot that tests/support/mailserver/mailserver.sh starts (a ctest fixture).
struct TestMailServer {
    static QString user(const char *name) { return QString::fromLatin1(name) + QStringLiteral("@example.test"); }
    static QString password() { return QStringLiteral("Test-Passw0rd-ñ"); }
    static QString baseDir() { return QStringLiteral(REMITENTE_TEST_MAIL_DIR); }
    static QString maildir(const char *name);
    static smtp::SessionOptions options(smtp::Security security); // 587 STARTTLS or 465 TLS, test CA trusted
    // Waits for a delivered message that contains marker (e.g. its Message-ID); empty after the timeout.
    static QByteArray waitForDelivery(const char *name, const QByteArray &marker, int timeoutMs = 15000);
    static int countDelivered(const char *name, const QByteArray &marker);
    // Strips Postfix's trace headers (Return-Path, X-Original-To, Delivered-To, Received) from a delivered
    // message; returns an empty array when something else comes before the original message.
    static QByteArray withoutTraceHeaders(const QByteArray &delivered);
};

} // namespace remitente::testing
