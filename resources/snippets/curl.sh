#!/bin/sh
# Sends one test message to this account's own address with curl.
# The password is read from the environment variable SMTP_PASSWORD{{^plain}}; the server's certificate is always verified{{/plain}}.
{{#pinned}}
# This server's certificate is not one the system trusts: Remitente uses it because it was approved for this
# account (SHA-256 {{fingerprint}}). curl must trust it too: save that certificate in a PEM file and give it with
# --cacert FILE (or CURL_CA_BUNDLE). Never use --insecure.
{{/pinned}}
{{#plain}}
# Without TLS: only for a server on this computer (such as Remitente's relay).
{{/plain}}
set -eu
: "${SMTP_PASSWORD:?Put the password in the environment variable SMTP_PASSWORD.}"
username={{username}}
address={{address}}
from={{fromHeader}}
# The user name and password go to curl as a config file on descriptor 3, so the password never shows in the
# process list; in its quoted values a backslash and a quote are escaped.
quoted() { printf '%s' "$1" | sed 's/[\\"]/\\&/g'; }
{{#tls}}
curl --silent --show-error --url {{tlsUrl}} \
{{/tls}}
{{#starttls}}
curl --silent --show-error --ssl-reqd --url {{plainUrl}} \
{{/starttls}}
{{#plain}}
curl --silent --show-error --url {{plainUrl}} \
{{/plain}}
    --mail-from "$address" --mail-rcpt "$address" --crlf --upload-file - --config /dev/fd/3 3<<CONFIG <<MESSAGE
user = "$(quoted "$username"):$(quoted "$SMTP_PASSWORD")"
CONFIG
From: $from
To: $from
Subject: Test message
Date: $(LC_ALL=C date '+%a, %d %b %Y %H:%M:%S %z')
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

This test message was sent by a program with this account's settings.
MESSAGE
echo "Sent to $address"
