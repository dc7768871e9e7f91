#!/usr/bin/env python3
"""The Python peer for the 25 MB benchmark: build a message with email.message.EmailMessage, encode it, and
optionally send it with smtplib. Prints the encoding time in seconds.

  python_compose_send.py ATTACHMENT OUTPUT|- [HOST PORT CA USER PASSWORD]
"""
import smtplib
import ssl
import sys
import time
from email.message import EmailMessage

attachment, output = sys.argv[1], sys.argv[2]
started = time.perf_counter()
message = EmailMessage()
message["From"] = "Bench <bench@example.test>"
message["To"] = "bench@example.test"
message["Subject"] = "Benchmark con adjunto grande"
message.set_content("Hola, va el archivo.\n")
with open(attachment, "rb") as f:
    message.add_attachment(f.read(), maintype="application", subtype="octet-stream", filename="grande.bin")
data = message.as_bytes()
encoded = time.perf_counter() - started
if output != "-":
    with open(output, "wb") as f:
        f.write(data)
if len(sys.argv) > 3:
    host, port, ca, user, password = sys.argv[3:8]
    client = smtplib.SMTP_SSL(host, int(port), context=ssl.create_default_context(cafile=ca))
    client.login(user, password)
    client.sendmail("bench@example.test", ["bench@example.test"], data)
    client.quit()
print(f"{encoded:.4f}")
