#!/usr/bin/env python3
"""Sending over a 50 ms round-trip link: remitente-cli against msmtp, swaks, curl and Python smtplib, in one run.

Every client sends the same message to the local Postfix (tests/support/mailserver) through latency_proxy.py, on
465 (implicit TLS) and 587 (STARTTLS), signing in with AUTH. Reported per client: median wall time over the runs
and the client flights the proxy counted (each a wait for the server). A second table sends 20 messages: on one
connection where the client can (remitente-cli, smtplib), one process each otherwise.

  tests/bench/send_latency_bench.py [--build build] [--rtt 50] [--runs 5]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAILSERVER = ROOT / "tests/support/mailserver/mailserver.sh"
USER, PASSWORD = "bench@example.test", "Bench-Passw0rd"
PYTHON = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable  # Debian's, as a peer
TO = "bench@example.test"
MAILDIR = Path(os.environ.get("REMITENTE_TEST_MAIL_DIR", "/tmp/remitente-test-mail")) / "mail/example.test/bench/new"
PORTS = {"tls": (465, 10465), "starttls": (587, 10587)}


def client_commands(cli, ca, mode, port, message, count):
    """Each client's command to send `message` `count` times (a list of commands, run one after another)."""
    tls = mode == "tls"
    ours = [str(cli), "send", "--host", "127.0.0.1", "--port", str(port), "--security", mode, "--user", USER,
            "--ca-file", ca, "--from", USER, "--to", TO] + [message] * count
    msmtp = ["msmtp", "--host=127.0.0.1", f"--port={port}", "--tls=on", f"--tls-starttls={'off' if tls else 'on'}",
             f"--tls-trust-file={ca}", "--auth=plain", f"--user={USER}", f"--passwordeval=echo '{PASSWORD}'",
             f"--from={USER}", "--", TO]
    swaks = ["swaks", "--server", f"127.0.0.1:{port}", "--tls-on-connect" if tls else "--tls", "--tls-verify",
             "--tls-ca-path", ca, "--auth", "PLAIN", "--auth-user", USER, "--auth-password", PASSWORD,
             "--from", USER, "--to", TO, "--data", f"@{message}", "--pipeline", "--silent", "2"]
    curl = ["curl", "-sS", "--url", f"{'smtps' if tls else 'smtp'}://127.0.0.1:{port}", "--cacert", ca,
            "--user", f"{USER}:{PASSWORD}", "--mail-from", USER, "--mail-rcpt", TO, "--upload-file", message]
    if not tls:
        curl.append("--ssl-reqd")
    smtplib = [PYTHON, str(Path(__file__).parent / "smtplib_send.py"), mode, "127.0.0.1", str(port), ca,
               USER, PASSWORD, USER, TO, str(count), message]
    return {
        "remitente-cli": [ours],
        "msmtp": [msmtp] * count,
        "swaks": [swaks] * count,
        "curl": [curl] * count,
        "python smtplib": [smtplib],
    }


def run_once(commands, message, stats_file, env):
    stats_file.write_text("")
    started = time.perf_counter()
    for command in commands:
        stdin = open(message, "rb") if command[0] == "msmtp" else subprocess.DEVNULL
        result = subprocess.run(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        if result.returncode != 0:
            raise SystemExit(f"{command[0]} failed ({result.returncode}): {result.stderr.decode(errors='replace')}")
    elapsed = time.perf_counter() - started
    time.sleep(0.3)  # let the proxy write its last line
    records = [json.loads(line) for line in stats_file.read_text().splitlines() if line]
    return elapsed, sum(r["flights"] for r in records), len(records)


def delivered_count():
    return len(list(MAILDIR.iterdir())) if MAILDIR.exists() else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=str(ROOT / "build"))
    parser.add_argument("--rtt", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cli = Path(args.build) / "app/remitente-cli"
    pki = Path(args.build) / "test-pki"
    ca = str(pki / "ca.pem")
    for tool in ("msmtp", "swaks", "curl"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: scripts/bench installs it")

    work = Path(tempfile.mkdtemp(prefix="remitente-bench-"))
    message = work / "message.eml"
    message.write_text("From: Ana <ana@example.test>\r\nTo: bench@example.test\r\nSubject: Benchmark\r\n"
                       "Date: Sat, 28 Nov 2026 10:00:00 +0000\r\nMessage-ID: <bench@example.test>\r\n\r\n"
                       + "A short message, as a shop or a CRM sends.\r\n" * 20)
    env = dict(os.environ, REMITENTE_PASSWORD=PASSWORD, LANG="C.UTF-8")

    subprocess.run([str(MAILSERVER), "start", str(pki)], check=True, stdout=subprocess.DEVNULL)
    proxies = []
    try:
        for mode, (port, proxy_port) in PORTS.items():
            stats = work / f"{mode}.jsonl"
            proxy = subprocess.Popen([sys.executable, str(Path(__file__).parent / "latency_proxy.py"), str(proxy_port),
                                      "127.0.0.1", str(port), str(args.rtt), str(stats)], stdout=subprocess.PIPE)
            proxy.stdout.readline()
            proxies.append(proxy)

        before = delivered_count()
        expected = 0
        print(f"Send one message through a {args.rtt} ms RTT link to Postfix + Dovecot SASL on loopback "
              f"(median of {args.runs} runs; flights = times the client waited for the server).\n")
        tables = {}
        for count, title in ((1, "one message"), (20, "20 messages")):
            rows = {}
            runs = args.runs if count == 1 else max(1, args.runs // 2)
            for mode, (_, proxy_port) in PORTS.items():
                commands = client_commands(cli, ca, mode, proxy_port, str(message), count)
                stats = work / f"{mode}.jsonl"
                if count == 1:  # warm-up, unmeasured: Postfix starts its processes, caches fill
                    for client_commands_list in commands.values():
                        run_once(client_commands_list, str(message), stats, env)
                        expected += 1
                samples = {client: [] for client in commands}
                for _ in range(runs):  # clients take turns, so none gets a warmer or colder server
                    for client, client_commands_list in commands.items():
                        samples[client].append(run_once(client_commands_list, str(message), stats, env))
                        expected += count
                for client, measured in samples.items():
                    wall = statistics.median(s[0] for s in measured) * 1000
                    rows.setdefault(client, {})[mode] = (wall, measured[0][1], measured[0][2])
            tables[title] = rows

        for title, rows in tables.items():
            print(f"### {title}\n")
            print("| client | 465 wall ms | 465 flights | 587 wall ms | 587 flights | connections |")
            print("|---|---:|---:|---:|---:|---:|")
            for client, modes in rows.items():
                t, s = modes["tls"], modes["starttls"]
                print(f"| {client} | {t[0]:.0f} | {t[1]} | {s[0]:.0f} | {s[1]} | {t[2]} |")
            print()
        deadline = time.monotonic() + 30
        while delivered_count() - before < expected and time.monotonic() < deadline:
            time.sleep(0.2)
        got = delivered_count() - before
        print(f"Delivered to the Maildir: {got} of {expected} messages.")
        if got != expected:
            raise SystemExit("some messages were not delivered")
    finally:
        for proxy in proxies:
            proxy.terminate()
        subprocess.run([str(MAILSERVER), "stop"], stdout=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
