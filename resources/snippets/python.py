#!/usr/bin/env python3
# Sends one test message to this account's own address with Python's smtplib.
# The password is read from the environment variable SMTP_PASSWORD{{^plain}}; the server's certificate is always verified{{/plain}}.
{{#pinned}}
# This server's certificate is not one the system trusts: Remitente uses it because it was approved for this
# account (SHA-256 {{fingerprint}}). This program must trust it too: save that certificate in a PEM file and set
# SSL_CERT_FILE to it. Never turn certificate verification off.
{{/pinned}}
{{#plain}}
# Without TLS: only for a server on this computer (such as Remitente's relay).
{{/plain}}
import base64
import os
import smtplib
{{^plain}}
import ssl
{{/plain}}
import sys
from email.headerregistry import Address
from email.message import EmailMessage

HOST = {{host}}
PORT = {{port}}
USERNAME = {{username}}
ADDRESS = {{address}}
NAME = {{displayName}}

password = os.environ.get("SMTP_PASSWORD")
if not password:
    sys.exit("Put the password in the environment variable SMTP_PASSWORD.")

message = EmailMessage()
message["From"] = Address(NAME, addr_spec=ADDRESS)
message["To"] = Address(NAME, addr_spec=ADDRESS)
message["Subject"] = "Test message"
message.set_content("This test message was sent by a program with this account's settings.\n")

{{^plain}}
context = ssl.create_default_context()
{{/plain}}
{{#tls}}
with smtplib.SMTP_SSL(HOST, PORT, context=context) as server:
{{/tls}}
{{#starttls}}
with smtplib.SMTP(HOST, PORT) as server:
    server.starttls(context=context)
{{/starttls}}
{{#plain}}
with smtplib.SMTP(HOST, PORT) as server:
{{/plain}}
    server.ehlo()
    # smtplib's login() takes only ASCII passwords; AUTH PLAIN in UTF-8 takes any.
    credentials = "\0{}\0{}".format(USERNAME, password).encode("utf-8")
    code, reply = server.docmd("AUTH", "PLAIN " + base64.b64encode(credentials).decode("ascii"))
    if code != 235:
        sys.exit("Sign-in refused: {} {}".format(code, reply.decode("utf-8", "replace")))
    server.send_message(message)
print("Sent to", ADDRESS)
