#!/usr/bin/env python3
"""What the relay costs: 1,000 small messages from 10 concurrent smtplib clients, once through `remitente-cli relay`
(to the outbox, then to the local Postfix on 465 with TLS + AUTH) and once straight to Postfix (465, TLS + AUTH, the
same 10 clients), in one run. Timed from the first connection until the last message is in the Maildir; the relay's
peak memory is read from /proc. Goal: the relay costs under 2x.

  tests/bench/relay_bench.py [--count 1000] [--clients 10]
"""
import argparse
import os
import smtplib
import ssl
import subprocess
import sys
import threading
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
PORT = 25252
def clients(marker, count, workers, connect):
    """`workers` threads, each on one connection, sending count/workers messages."""
    errors = []

    def work(index):
        try:
            client = connect()
            for i in range(index, count, workers):
                client.sendmail(USER, [USER], f"From: {USER}\r\nTo: {USER}\r\nSubject: {marker} #{i}\r\n\r\n"
                                              f"Hola.\r\n".encode())
            client.quit()
        except Exception as error:  # counted below: the bench reports what arrived
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def peak_rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def inside_keyring(count, workers):
    env = dict(os.environ, LANG="C.UTF-8")
    subprocess.run([str(CLI), "account", "add", "--address", USER, "--host", "127.0.0.1", "--port", "465",
                    "--security", "tls", "--password-stdin"], input=PASSWORD + "\n", text=True, check=True,
                   stdout=subprocess.DEVNULL, env=env)
    added = subprocess.run([str(CLI), "relay", "client", "add", "bench"], capture_output=True, text=True, check=True,
                           env=env).stdout.splitlines()
    relay_password = added[1].split(": ", 1)[1]
    log = Path(os.environ["HOME"]) / "relay.err"
    with open(log, "w") as stderr:  # a file, not a pipe nobody reads
        relay = subprocess.Popen([str(CLI), "relay", "--listen", f"127.0.0.1:{PORT}", "--ca-file", str(CA)],
                                 stdout=subprocess.DEVNULL, stderr=stderr, env=env)
    while "Relay listening" not in log.read_text():
        if relay.poll() is not None:
            sys.exit(f"the relay did not start: {log.read_text()}")
        time.sleep(0.05)

    def through_relay():
        client = smtplib.SMTP("127.0.0.1", PORT, timeout=60)
        client.login("bench", relay_password)
        return client

    context = ssl.create_default_context(cafile=str(CA))

    def straight():
        client = smtplib.SMTP_SSL("127.0.0.1", 465, context=context, timeout=60)
        client.login(USER, PASSWORD)
        return client

    ours = "relay-" + uuid.uuid4().hex[:8]
    started = time.perf_counter()
    relay_errors = clients(ours, count, workers, through_relay)
    accepted = time.perf_counter() - started
    ours_delivered = wait_delivered(ours, count, timeout=600)
    relay_time = time.perf_counter() - started
    relay_peak = peak_rss_mb(relay.pid)
    relay.terminate()
    relay.wait()

    theirs = "postfix-" + uuid.uuid4().hex[:8]
    started = time.perf_counter()
    direct_errors = clients(theirs, count, workers, straight)
    theirs_delivered = wait_delivered(theirs, count, timeout=600)
    direct_time = time.perf_counter() - started

    print(f"{count} small messages from {workers} concurrent smtplib clients, delivered to the Maildir, one run")
    print(f"{'':40} {'wall s':>8} {'msg/s':>8} {'delivered':>10} {'errors':>7}")
    print(f"{'through remitente-cli relay (to 465)':40} {relay_time:8.2f} {count / relay_time:8.1f} "
          f"{ours_delivered:>10} {len(relay_errors):>7}")
    print(f"{'  (all accepted by the relay after)':40} {accepted:8.2f} {count / accepted:8.1f}")
    print(f"{'straight to Postfix (465, TLS + AUTH)':40} {direct_time:8.2f} {count / direct_time:8.1f} "
          f"{theirs_delivered:>10} {len(direct_errors):>7}")
    print(f"relay cost: {relay_time / direct_time:.2f}x (goal under 2x); relay peak RSS {relay_peak:.1f} MB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=10)
    args = parser.parse_args()
    if os.environ.get("REMITENTE_BENCH_IN_KEYRING"):
        inside_keyring(args.count, args.clients)
        return
    subprocess.run([str(MAILSERVER), "start", str(BUILD / "test-pki")], check=True, stdout=subprocess.DEVNULL)
    try:
        env = dict(os.environ, REMITENTE_BENCH_IN_KEYRING="1")
        subprocess.run([str(ROOT / "tests/support/keyring/with-keyring.sh"), sys.executable, __file__,
                        "--count", str(args.count), "--clients", str(args.clients)], check=True, env=env,
                       stderr=subprocess.DEVNULL)
    finally:
        subprocess.run([str(MAILSERVER), "stop"], stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
