"""The bench user's Maildir in the test mail server: how many messages carrying a marker have landed there."""
import os
import time
from pathlib import Path

MAILDIR = Path(os.environ.get("REMITENTE_TEST_MAIL_DIR", "/tmp/remitente-test-mail")) / "mail/example.test/bench/new"


def delivered(marker):
    if not MAILDIR.is_dir():
        return 0
    return sum(1 for f in MAILDIR.iterdir() if marker.encode() in f.read_bytes()[:4096])


def wait_delivered(marker, count, timeout=120, poll=0.2):
    deadline = time.time() + timeout
    while time.time() < deadline:
        n = delivered(marker)
        if n >= count:
            return n
        time.sleep(poll)
    return delivered(marker)
