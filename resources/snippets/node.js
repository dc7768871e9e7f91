// Sends one test message to this account's own address with Node.js and nodemailer (npm install nodemailer).
// The password is read from the environment variable SMTP_PASSWORD{{^plain}}; the server's certificate is always verified{{/plain}}.
{{#pinned}}
// This server's certificate is not one the system trusts: Remitente uses it because it was approved for this
// account (SHA-256 {{fingerprint}}). This program must trust it too: save that certificate in a PEM file and set
// NODE_EXTRA_CA_CERTS to it. Never turn certificate verification off.
{{/pinned}}
{{#plain}}
// Without TLS: only for a server on this computer (such as Remitente's relay).
{{/plain}}
"use strict";
const nodemailer = require("nodemailer");

const password = process.env.SMTP_PASSWORD;
if (!password) {
  console.error("Put the password in the environment variable SMTP_PASSWORD.");
  process.exit(1);
}

const account = { name: {{displayName}}, address: {{address}} };
const transporter = nodemailer.createTransport({
  host: {{host}},
  port: {{port}},
{{#tls}}
  secure: true, // TLS from the first byte
{{/tls}}
{{#starttls}}
  secure: false,
  requireTLS: true, // STARTTLS, never continuing without it
{{/starttls}}
{{#plain}}
  secure: false,
  ignoreTLS: true,
{{/plain}}
  auth: { user: {{username}}, pass: password },
});

transporter
  .sendMail({
    from: account,
    to: account,
    subject: "Test message",
    text: "This test message was sent by a program with this account's settings.\n",
  })
  .then(() => console.log("Sent to", account.address))
  .catch((error) => {
    console.error("Not sent:", error.message);
    process.exit(1);
  });
