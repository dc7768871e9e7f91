#!/usr/bin/python3
"""The test mail server's "receiving side" for the proof-of-delivery tests (issue 16): Postfix pipes each message
for the inspected users (erin, fede) here, and this script plays the receiver's filters, controlled by the test:

  X-Test-Verdict: spf=pass dkim=fail dmarc=fail   the Authentication-Results it adds (default: all pass), with
                                                  smtp.mailfrom / header.d / header.from from the sender and From
  X-Test-Junk: yes                                deliver into the user's junk folder (SPECIAL-USE \\Junk: erin's is
                                                  "Spam", fede's "Correo no deseado") with X-Spam-Flag: YES
  X-Test-Delay: SECONDS                           wait that long (at most 60) before the message lands
  a recipient user+junk@example.test              the same as X-Test-Junk: yes, into user's own junk folder (for a
                                                  message the test cannot add headers to, such as the test email)

It writes the Maildir the Dovecot IMAP server reads (tmp/ then a rename into new/, as Maildir requires) and appends
"<Message-ID> <folder> <epoch seconds>" to deliveries.log beside the mail, the moment the message landed.
usage: deliver.py MAIL_ROOT USER SENDER   (the message on standard input)
"""
import email.parser
import email.policy
import email.utils
import os
import re
import socket
import sys
import time

JUNK = {"erin": ".Spam", "fede": ".Correo no deseado"}
RESULTS = {"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy"}


def domain_of(address):
    address = address.strip().strip("<>")
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


def main():
    root, sender = sys.argv[1], sys.argv[3] if len(sys.argv) > 3 else ""
    user, _, extension = sys.argv[2].lower().partition("+")
    raw = sys.stdin.buffer.read()
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)

    verdict = {"spf": "pass", "dkim": "pass", "dmarc": "pass"}
    for item in (headers.get("X-Test-Verdict") or "").split():
        method, _, result = item.partition("=")
        if method.lower() in verdict and result.lower() in RESULTS:
            verdict[method.lower()] = result.lower()
    junk = (headers.get("X-Test-Junk") or "").strip().lower() == "yes" or extension == "junk"
    try:
        delay = min(60.0, max(0.0, float(headers.get("X-Test-Delay") or 0)))
    except ValueError:
        delay = 0.0

    from_domain = domain_of(email.utils.parseaddr(headers.get("From") or "")[1]) or "example.test"
    mail_domain = domain_of(sender) or from_domain
    added = (
        f"Authentication-Results: mx.example.test;\r\n"
        f"\tspf={verdict['spf']} (test verdict) smtp.mailfrom={sender or 'unknown@' + mail_domain};\r\n"
        f"\tdkim={verdict['dkim']} header.d={from_domain} header.i=@{from_domain};\r\n"
        f"\tdmarc={verdict['dmarc']} (p=NONE) header.from={from_domain}\r\n"
        + ("X-Spam-Flag: YES\r\nX-Spam-Status: Yes, score=9.5 required=5.0\r\n" if junk
           else "X-Spam-Flag: NO\r\nX-Spam-Status: No, score=0.1 required=5.0\r\n")
    ).encode()
    message = added + raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    if delay:
        time.sleep(delay)
    folder = os.path.join(root, user, JUNK.get(user, "") if junk else "")
    for sub in ("tmp", "new", "cur"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    name = f"{time.time():.6f}.P{os.getpid()}.{socket.gethostname()}"
    tmp = os.path.join(folder, "tmp", name)
    with open(tmp, "wb") as out:
        out.write(message)
        out.flush()
        os.fsync(out.fileno())
    os.rename(tmp, os.path.join(folder, "new", name))
    landed = time.time()
    message_id = (headers.get("Message-ID") or "").strip()
    with open(os.path.join(root, "..", "..", "deliveries.log"), "a") as log:
        log.write(f"{message_id} {JUNK[user][1:] if junk and user in JUNK else 'INBOX'} {landed:.6f}\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # Postfix turns exit 75 into a deferral, and logs what we print
        print(f"deliver.py: {error}", file=sys.stderr)
        sys.exit(75)
