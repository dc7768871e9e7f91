#!/usr/bin/env python3
"""A Thunderbird-style autoconfig server over HTTPS on 127.0.0.1:443 for discovery tests.

  autoconfig_server.py CERT KEY

autoconfig.auto.test/mail/config-v1.1.xml describes an outgoing server (mail.example.test:465, SSL) and a
plain-text one that Remitente must ignore; every other path is 404."""
import http.server
import ssl
import sys

CONFIG = b"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="auto.test">
    <domain>auto.test</domain>
    <incomingServer type="imap"><hostname>imap.auto.test</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
    <outgoingServer type="smtp">
      <hostname>mail.example.test</hostname><port>465</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILLOCALPART%</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>plain.auto.test</hostname><port>25</port><socketType>plain</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.headers.get("Host", "").startswith("autoconfig.auto.test") and self.path.startswith("/mail/config-v1.1.xml"):
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(CONFIG)))
            self.end_headers()
            self.wfile.write(CONFIG)
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 443), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[1], sys.argv[2])
server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
