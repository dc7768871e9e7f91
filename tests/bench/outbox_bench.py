#!/usr/bin/env python3
"""The outbox draining 1,000 small messages to the local Postfix (465, implicit TLS, AUTH) over reused
connections, against msmtp sending the same 1,000 one process each, in one run.

Remitente: 1,000 `remitente-cli send --queue --later` (stored in the outbox; timed apart), then one
`remitente-cli queue run` (the drain, timed). The account's password is in a real gnome-keyring, so the whole run
happens inside tests/support/keyring/with-keyring.sh. Deliveries are counted in the Maildir afterwards.

  tests/bench/outbox_bench.py [--count 1000]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_maildir import wait_delivered  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
CLI = BUILD / "app/remitente-cli"
CA = BUILD / "test-pki/ca.pem"
MAILSERVER = ROOT / "tests/support/mailserver/mailserver.sh"
USER, PASSWORD = "bench@example.test", "Bench-Passw0rd"
def inside_keyring(count):
    env = dict(os.environ, LANG="C.UTF-8")
    subprocess.run([str(CLI), "account", "add", "--address", USER, "--host", "127.0.0.1", "--port", "465",
                    "--security", "tls", "--password-stdin"], input=PASSWORD + "\n", text=True, check=True,
                   stdout=subprocess.DEVNULL, env=env)
    ours = "remitente-" + uuid.uuid4().hex[:8]
    started = time.perf_counter()
    for i in range(count):
        subprocess.run([str(CLI), "send", "--queue", "--later", "--account", USER, "--to", USER,
                        "--subject", f"{ours} #{i}", "--body", "Hola."], check=True, stdout=subprocess.DEVNULL, env=env)
    enqueue = time.perf_counter() - started
    started = time.perf_counter()
    run = subprocess.run([str(CLI), "queue", "run", "--ca-file", str(CA)], stdout=subprocess.PIPE, text=True, env=env)
    drain = time.perf_counter() - started
    sent = run.stdout.count(" sent ")

    theirs = "msmtp-" + uuid.uuid4().hex[:8]
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        for i in range(count):
            message = f"From: {USER}\r\nTo: {USER}\r\nSubject: {theirs} #{i}\r\n\r\nHola.\r\n".encode()
            subprocess.run(["msmtp", "--host=127.0.0.1", "--port=465", "--tls=on", "--tls-starttls=off",
                            f"--tls-trust-file={CA}", "--auth=plain", f"--user={USER}",
                            f"--passwordeval=echo '{PASSWORD}'", f"--from={USER}", "--", USER],
                           input=message, check=True)
        msmtp = time.perf_counter() - started

    ours_delivered = wait_delivered(ours, count)
    theirs_delivered = wait_delivered(theirs, count)
    print(f"{count} small messages to Postfix on 465 (TLS + AUTH), one run")
    print(f"{'':34} {'wall s':>8} {'msg/s':>8} {'delivered':>10}")
    print(f"{'remitente outbox: queue run':34} {drain:8.2f} {count / drain:8.1f} {ours_delivered:>10}")
    print(f"{'msmtp, one process each':34} {msmtp:8.2f} {count / msmtp:8.1f} {theirs_delivered:>10}")
    print(f"{'(remitente: storing them, 1 process each)':34} {enqueue:8.2f} {count / enqueue:8.1f}")
    print(f"outbox speed-up over msmtp: {msmtp / drain:.1f}x (goal 5x); queue run reported {sent} sent")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    if os.environ.get("REMITENTE_BENCH_IN_KEYRING"):
        inside_keyring(args.count)
        return
    subprocess.run([str(MAILSERVER), "start", str(BUILD / "test-pki")], check=True, stdout=subprocess.DEVNULL)
    try:
        env = dict(os.environ, REMITENTE_BENCH_IN_KEYRING="1")
        subprocess.run([str(ROOT / "tests/support/keyring/with-keyring.sh"), sys.executable, __file__,
                        "--count", str(args.count)], check=True, env=env, stderr=subprocess.DEVNULL)
    finally:
        subprocess.run([str(MAILSERVER), "stop"], stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
