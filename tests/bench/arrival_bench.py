#!/usr/bin/env python3
"""Proof of delivery (issue 16): time from the test email landing in the mailbox to "Arrived", with IDLE and with
polling, against deliveries the test delays.

Each run starts tests/bench/arrival_probe (the core's ArrivalWatch as a process, signed in to the test Dovecot over
IMAPS 10993 as erin), waits until it has signed in and looked once, then sends one message through Postfix (465,
smtplib) with "X-Test-Delay: SECONDS": tests/support/mailserver/deliver.py holds it that long and then writes it
into erin's Maildir, logging the moment it landed in deliveries.log. The measure is the probe's "arrived" moment
(the copy seen and its header read) minus that landing moment: what a person waits after the mail really is there.

  with IDLE     the watch waits in IDLE on the Inbox; Dovecot tells it at once (goal: under 2 s)
  polling       --no-idle: back-off from 1 s growing by half up to 10 s, so the wait depends on where the landing
                falls between two looks

Reported: median and worst over the runs for each mode, and the watch's rounds. Nothing timed is asserted (a
benchmark); every message must arrive or the run fails. The script starts and stops the mail server itself, so
run it while nobody else uses 465, 587, 9443, 10143 and 10993 (or under the ctest lock, as scripts/bench does).

  tests/bench/arrival_bench.py [--build build] [--runs 5] [--delay 3]
"""
import argparse
import json
import os
import smtplib
import ssl
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAILSERVER = ROOT / "tests/support/mailserver/mailserver.sh"
MAIL_BASE = Path(os.environ.get("REMITENTE_TEST_MAIL_DIR", "/tmp/remitente-test-mail"))
PASSWORD = "Test-Passw0rd-ñ"
BENCH_USER, BENCH_PASSWORD = "bench@example.test", "Bench-Passw0rd"
TO = "erin@example.test"


def landed_at(message_id, deadline_s=60):
    log = MAIL_BASE / "deliveries.log"
    end = time.time() + deadline_s
    while time.time() < end:
        for line in log.read_text().splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == message_id:
                return float(parts[2])
        time.sleep(0.05)
    raise SystemExit(f"arrival-bench: {message_id} never landed")


def send(ca, message_id, delay):
    message = (f"From: bench@example.test\r\nTo: {TO}\r\nSubject: arrival bench\r\nMessage-ID: {message_id}\r\n"
               f"X-Test-Delay: {delay}\r\nDate: Wed, 02 Dec 2026 10:00:00 +0000\r\n\r\nHola.\r\n")
    context = ssl.create_default_context(cafile=ca)
    with smtplib.SMTP_SSL("localhost", 465, context=context, timeout=30) as smtp:
        smtp.login(BENCH_USER, BENCH_PASSWORD)
        smtp.sendmail(BENCH_USER, [TO], message.encode())


def one_run(probe, ca, idle, delay):
    message_id = f"<{uuid.uuid4()}@bench.example.test>"
    args = [probe, "--user", TO, "--message-id", message_id, "--ca", ca, "--limit", str(delay + 30)]
    if not idle:
        args.append("--no-idle")
    env = dict(os.environ, REMITENTE_PASSWORD=PASSWORD)
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    first = json.loads(process.stdout.readline())  # signed in: the watch is looking
    if "signed_in" not in first:
        raise SystemExit(f"arrival-bench: the probe did not sign in: {first}")
    send(ca, message_id, delay)
    result = json.loads(process.stdout.readline())
    process.wait(timeout=30)
    if result["place"] != "inbox":
        raise SystemExit(f"arrival-bench: not found in the inbox: {result}")
    return result["arrived_at"] - landed_at(message_id), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--delay", type=float, default=3)
    options = parser.parse_args()
    build = (ROOT / options.build).resolve()
    probe = str(build / "tests/arrival_probe")
    ca = str(build / "test-pki/ca.pem")
    subprocess.run([MAILSERVER, "start", str(build / "test-pki")], check=True, stdout=subprocess.DEVNULL)
    try:
        waits = {"with IDLE": [], "polling": []}
        rounds = {"with IDLE": [], "polling": []}
        used_idle = True
        for _ in range(options.runs):  # the modes take turns, so neither gets a warmer server
            for mode, idle in (("with IDLE", True), ("polling", False)):
                wait, result = one_run(probe, ca, idle, options.delay)
                waits[mode].append(wait)
                rounds[mode].append(result["rounds"])
                if idle:
                    used_idle = used_idle and result["used_idle"]
        for mode in waits:
            print(f"arrival-bench: {mode:9}: landed -> arrived median {statistics.median(waits[mode]):.3f} s, "
                  f"worst {max(waits[mode]):.3f} s over {options.runs} runs (delivery delayed {options.delay:g} s; "
                  f"rounds median {statistics.median(rounds[mode]):g})")
        print(f"arrival-bench: IDLE used in every IDLE run: {'yes' if used_idle else 'no'}")
    finally:
        subprocess.run([MAILSERVER, "stop"], stdout=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
