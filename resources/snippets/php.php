<?php
// Sends one test message to this account's own address with PHPMailer.
// The password is read from the environment variable SMTP_PASSWORD{{^plain}}; the server's certificate is always verified{{/plain}}.
{{#pinned}}
// This server's certificate is not one the system trusts: Remitente uses it because it was approved for this
// account (SHA-256 {{fingerprint}}). This program must trust it too: save that certificate in a PEM file and set
// SSL_CERT_FILE to it (or openssl.cafile in php.ini). Never turn certificate verification off.
{{/pinned}}
{{#plain}}
// Without TLS: only for a server on this computer (such as Remitente's relay).
{{/plain}}
// PHPMailer from Composer (composer require phpmailer/phpmailer) or from Debian/Ubuntu's libphp-phpmailer.
require file_exists(__DIR__ . '/vendor/autoload.php') ? __DIR__ . '/vendor/autoload.php'
    : '/usr/share/php/libphp-phpmailer/autoload.php';

use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\Exception;

$password = getenv('SMTP_PASSWORD');
if ($password === false || $password === '') {
    fwrite(STDERR, "Put the password in the environment variable SMTP_PASSWORD.\n");
    exit(1);
}

$mail = new PHPMailer(true);
try {
    $mail->isSMTP();
    $mail->Host = {{host}};
    $mail->Port = {{port}};
{{#tls}}
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
{{/tls}}
{{#starttls}}
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
{{/starttls}}
{{#plain}}
    $mail->SMTPSecure = '';
    $mail->SMTPAutoTLS = false;
{{/plain}}
    $mail->SMTPAuth = true;
    $mail->Username = {{username}};
    $mail->Password = $password;
    $mail->CharSet = PHPMailer::CHARSET_UTF8;
    $mail->setFrom({{address}}, {{displayName}});
    $mail->addAddress({{address}}, {{displayName}});
    $mail->Subject = 'Test message';
    $mail->Body = "This test message was sent by a program with this account's settings.\n";
    $mail->send();
    echo 'Sent to ', {{address}}, "\n";
} catch (Exception $e) {
    fwrite(STDERR, 'Not sent: ' . $mail->ErrorInfo . "\n");
    exit(1);
}
