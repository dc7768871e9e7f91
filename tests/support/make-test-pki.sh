#!/usr/bin/env bash
# Creates a throw-away test CA and server certificates for the tests (fake server and local Postfix).
#   ca.pem / ca.key          the test CA (what --ca-file gets)
#   server.pem / server.key  signed by the CA for localhost, 127.0.0.1 and the discovery test hosts
#                            (mail.example.test, smtp.guess.test, autoconfig.auto.test)
#   other.pem / other.key    signed by the CA for mail.other.test only (a wrong-host-name certificate)
#   self.pem / self.key      self-signed for localhost (not from the CA)
set -euo pipefail
dir=${1:?usage: make-test-pki.sh DIR}
mkdir -p "$dir"
cd "$dir"
version=3 # bump when the certificates below change, so existing build trees get new ones
[ "$(cat version 2>/dev/null)" = "$version" ] && exit 0
days=3650
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days $days \
    -subj "/O=Remitente Test/CN=Remitente Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
issue() { # name subject-alt-names
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/O=Remitente Test/CN=$3" 2>/dev/null
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$2" > "$1.ext"
    openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -out "$1.pem" -days $days \
        -extfile "$1.ext" 2>/dev/null
    rm -f "$1.csr" "$1.ext"
}
issue server "DNS:localhost,IP:127.0.0.1,DNS:mail.example.test,DNS:smtp.guess.test,DNS:autoconfig.auto.test" localhost
issue other "DNS:mail.other.test" mail.other.test
openssl req -x509 -newkey rsa:2048 -nodes -keyout self.key -out self.pem -days $days \
    -subj "/O=Self Signed/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
chmod 644 ./*.pem ./*.key
echo "$version" > version
