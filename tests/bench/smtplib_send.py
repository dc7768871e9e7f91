#!/usr/bin/env python3
"""The Python smtplib peer for the benchmarks: smtplib_send.py tls|starttls HOST PORT CA USER PASSWORD FROM TO COUNT FILE

Sends FILE COUNT times on one connection (login, sendmail each time, quit)."""
import smtplib
import ssl
import sys

mode, host, port, ca, user, password, sender, to, count, path = sys.argv[1:11]
context = ssl.create_default_context(cafile=ca)
message = open(path, "rb").read()
if mode == "tls":
    client = smtplib.SMTP_SSL(host, int(port), context=context)
else:
    client = smtplib.SMTP(host, int(port))
    client.starttls(context=context)
client.login(user, password)
for _ in range(int(count)):
    client.sendmail(sender, [to], message)
client.quit()
