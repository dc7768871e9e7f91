#!/usr/bin/env python3
"""Sending one message with "Sign in with ..." (OAuth2, SASL XOAUTH2) against a password account, over a 50 ms
round-trip link, in one run.

Every case is one `remitente-cli send` process that sends the same small message to the local Postfix + Dovecot
(tests/support/mailserver) through latency_proxy.py, on 465 (implicit TLS) and 587 (STARTTLS):

  password, --user        no saved account: the password in REMITENTE_PASSWORD (send_latency_bench.py's case)
  password account        a saved account, its password in the keychain
  OAuth2 account          a saved account signed in with the test authorization server (oauth_server.py); the
                          refresh token is in the keychain. Access tokens live only in a process's memory, so
                          every send (a new process) refreshes once at the token endpoint, then signs in with
                          XOAUTH2 (128-character tokens: the AUTH line carries the initial response)
  OAuth2, 2000-char token the same with access_token_length 2000 (Microsoft-sized): the AUTH line would pass 512
                          octets, so the token answers the server's empty 334 (RFC 4954): one more SMTP flight

The token endpoint is behind a second latency proxy with the same round trip (the account's providers.json has its
tokenUrl on the proxy's port; the test certificate is valid for 127.0.0.1 on any port), so its flights are
counted apart from SMTP's. /admin/stats gives the refreshes and Dovecot's token introspections per send.

Reported per case: median wall time of the whole process (start, keychain, refresh, SMTP, exit) over the runs
after a warm-up, the flights each proxy counted (times the client waited for the server), refreshes per send,
and peak RSS (/usr/bin/time, largest of 3 extra sends to 465). Cases take turns, so none gets a warmer server.
Nothing timed is asserted (a benchmark, not a test); every message must be in the Maildir or the run fails.

The keychain is a private gnome-keyring (tests/support/keyring/with-keyring.sh, which also gives a throw-away
HOME and XDG folders); the script starts and stops the mail server (and with it the authorization server on
9443) itself, like the other benchmarks, so run it while nobody else uses 465, 587 and 9443.

  tests/bench/oauth_send_bench.py [--build build] [--rtt 50] [--runs 5] [--long-token 2000 (0: skip)]
"""
import argparse
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tests/support/oauth"))
import oauth_testlib as lib  # noqa: E402

MAILSERVER = ROOT / "tests/support/mailserver/mailserver.sh"
WITH_KEYRING = ROOT / "tests/support/keyring/with-keyring.sh"
PASSWORD_USER, PASSWORD = "bench@example.test", "Bench-Passw0rd"
OAUTH_USER = "ana@example.test"  # the test server's default user: the browser is "signed in" as ana
TO = "bench@example.test"
MAILDIR = lib.MAIL_BASE / "mail/example.test/bench/new"
MODES = {"tls": 465, "starttls": 587}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Proxy:
    """latency_proxy.py in front of one server; each connection's record read from its stats file."""

    def __init__(self, work, name, target_port, rtt):
        self.port = free_port()
        self.stats = work / f"{name}.jsonl"
        self.stats.write_text("")
        self.process = subprocess.Popen([sys.executable, str(HERE / "latency_proxy.py"), str(self.port), "127.0.0.1",
                                         str(target_port), str(rtt), str(self.stats)], stdout=subprocess.PIPE)
        self.process.stdout.readline()  # "ready"
        self.seen = 0

    def new_records(self, expected, seconds=3.0):
        """The records of the connections closed since the last call (waits for `expected` of them)."""
        deadline = time.monotonic() + seconds
        while True:
            lines = [line for line in self.stats.read_text().splitlines() if line]
            if len(lines) - self.seen >= expected or time.monotonic() > deadline:
                break
            time.sleep(0.02)
        time.sleep(0.1)  # a late extra connection would show here
        lines = [line for line in self.stats.read_text().splitlines() if line]
        records = [json.loads(line) for line in lines[self.seen:]]
        self.seen = len(lines)
        return records

    def stop(self):
        self.process.terminate()
        self.process.wait(5)


def cli_run(cli, *arguments, env=None, stdin=None, check=True):
    done = subprocess.run([str(cli), *arguments], input=stdin, capture_output=True, text=True, env=env, timeout=120)
    if check and done.returncode != 0:
        raise SystemExit(f"remitente-cli {arguments[0]} {arguments[1]} failed ({done.returncode}): "
                         f"{done.stdout}{done.stderr}")
    return done


def sign_in(cli, ca, server):
    """`account add --sign-in oauth2 --no-browser`, answered the way a browser would (cli_oauth_test.py does it)."""
    process = subprocess.Popen([str(cli), "account", "add", "--address", OAUTH_USER, "--provider", "test-oauth",
                                "--sign-in", "oauth2", "--no-browser", "--ca-file", ca],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found, lines = threading.Event(), []
    address = []

    def read():
        for line in process.stderr:
            lines.append(line)
            match = re.search(r"(https://\S+)", line)
            if match and not found.is_set():
                address.append(match.group(1))
                found.set()
        found.set()

    threading.Thread(target=read, daemon=True).start()
    if not found.wait(30) or not address:
        process.kill()
        raise SystemExit(f"account add printed no sign-in address: {''.join(lines)}")
    url = urllib.parse.urlsplit(address[0])
    status, headers, _ = server.request("GET", url.path + "?" + url.query)
    if status != 302:
        raise SystemExit(f"/authorize answered {status}")
    back = urllib.parse.urlsplit(headers["location"])
    connection = http.client.HTTPConnection(back.hostname, back.port, timeout=10)
    connection.request("GET", back.path + "?" + back.query)
    connection.getresponse().read()
    connection.close()
    if process.wait(60) != 0:
        raise SystemExit(f"account add --sign-in oauth2 exited {process.returncode}: {''.join(lines)}")


def delivered(marker):
    if not MAILDIR.is_dir():
        return 0
    return sum(1 for f in MAILDIR.iterdir() if marker.encode() in f.read_bytes()[:4096])


def inside_keyring(args):
    build = Path(args.build)
    cli = build / "app/remitente-cli"
    ca = str(build / "test-pki/ca.pem")
    server = lib.OAuthServer(ca)
    server.admin("/admin/reset", {})
    env = dict(os.environ, LANG="C.UTF-8")
    env.pop("REMITENTE_PASSWORD", None)
    work = Path(tempfile.mkdtemp(prefix="remitente-oauth-bench-"))
    marker = f"oauth-bench-{uuid.uuid4().hex[:12]}"
    message = work / "message.eml"
    message.write_text("From: Ana <ana@example.test>\r\nTo: bench@example.test\r\nSubject: Benchmark\r\n"
                       f"X-Bench-Run: {marker}\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\n"
                       "Message-ID: <oauth-bench@example.test>\r\n\r\n"
                       + "A short message, as a shop or a CRM sends.\r\n" * 20)

    proxies = {mode: Proxy(work, mode, port, args.rtt) for mode, port in MODES.items()}
    token_proxy = Proxy(work, "token", lib.PORT, args.rtt)
    try:
        # The test provider, its token endpoint behind the proxy (the browser's /authorize stays direct).
        config = Path(env["XDG_CONFIG_HOME"]) / "Remitente" / "Remitente"
        config.mkdir(parents=True, exist_ok=True)
        providers = json.loads((ROOT / "tests/support/oauth/providers-test.json").read_text())
        for provider in providers["providers"]:
            if provider["id"] == "test-oauth":
                provider["oauth2"]["tokenUrl"] = f"https://127.0.0.1:{token_proxy.port}/token"
        (config / "providers.json").write_text(json.dumps(providers, indent=2))

        cli_run(cli, "account", "add", "--address", PASSWORD_USER, "--host", "127.0.0.1", "--port", "465",
                "--security", "tls", "--password-stdin", stdin=PASSWORD + "\n", env=env)
        sign_in(cli, ca, server)
        token_proxy.new_records(1)  # the sign-in's code exchange: not measured

        def command(case, mode, port):
            common = ["--port", str(port), "--security", mode, "--ca-file", ca, "--to", TO, str(message)]
            if case == "password, --user":
                return [str(cli), "send", "--host", "127.0.0.1", "--user", PASSWORD_USER, "--from", PASSWORD_USER,
                        *common], dict(env, REMITENTE_PASSWORD=PASSWORD)
            if case == "password account":
                return [str(cli), "send", "--account", PASSWORD_USER, *common], env
            return [str(cli), "send", "--account", OAUTH_USER, *common], env

        cases = ["password, --user", "password account", "OAuth2 account"]
        token_length = {"OAuth2 account": 128}
        if args.long_token:
            long_case = f"OAuth2, {args.long_token}-char token"
            cases.append(long_case)
            token_length[long_case] = args.long_token
        sent = 0

        def send_once(case, mode, wrap=None):
            nonlocal sent
            if case in token_length:  # tokens are minted at refresh, so this sets the next one's length
                server.admin("/admin/config", {"access_token_length": token_length[case]})
            before = server.admin("/admin/stats")
            argv, case_env = command(case, mode, proxies[mode].port)
            if wrap:
                argv = wrap + argv
            started, opened = time.perf_counter(), time.monotonic()
            done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, env=case_env, timeout=120)
            elapsed = time.perf_counter() - started
            if done.returncode != 0:
                raise SystemExit(f"{case} on {mode} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
            sent += 1
            oauth = case in token_length
            smtp = proxies[mode].new_records(1)
            token = token_proxy.new_records(1 if oauth else 0)
            after = server.admin("/admin/stats")
            return {
                "wall": elapsed,
                "smtp_flights": sum(r["flights"] for r in smtp), "smtp_connections": len(smtp),
                "token_flights": sum(r["flights"] for r in token), "token_connections": len(token),
                "token_bytes": (sum(r["client_bytes"] for r in token), sum(r["server_bytes"] for r in token)),
                "refreshes": after["grant_types"].get("refresh_token", 0)
                - before["grant_types"].get("refresh_token", 0),
                "introspections": sum(after["introspection"].values()) - sum(before["introspection"].values()),
                # when each connection opened (ms after the process was started) and how long it lasted
                "smtp_at": (smtp[0]["opened"] - opened) * 1000, "smtp_ms": smtp[0]["seconds"] * 1000,
                "token_at": (token[0]["opened"] - opened) * 1000 if token else None,
                "token_ms": token[0]["seconds"] * 1000 if token else None,
            }

        print(f"One message through a {args.rtt} ms RTT link to Postfix + Dovecot SASL on loopback; the token "
              f"endpoint behind its own {args.rtt} ms RTT proxy (median of {args.runs} runs after a warm-up; "
              f"flights = times the client waited for the server).\n", flush=True)
        for case in cases:  # warm-up, unmeasured: Postfix's processes, Dovecot's auth, the page cache
            for mode in MODES:
                send_once(case, mode)
        samples = {(case, mode): [] for case in cases for mode in MODES}
        for _ in range(args.runs):
            for mode in MODES:
                for case in cases:
                    samples[(case, mode)].append(send_once(case, mode))

        rss = {}
        for case in cases:
            peaks = []
            for _ in range(3):
                out = work / "time.txt"
                send_once(case, "tls", ["/usr/bin/time", "-f", "%M", "-o", str(out)])
                peaks.append(int(out.read_text().split()[-1]))
            rss[case] = max(peaks) / 1024

        def summary(measured, key):
            values = sorted({m[key] for m in measured})
            return str(values[0]) if len(values) == 1 else "-".join(str(v) for v in (values[0], values[-1]))

        print("| case | 465 wall ms | 465 SMTP flights | 465 token flights | 587 wall ms | 587 SMTP flights "
              "| 587 token flights | refreshes per send | peak RSS MB |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for case in cases:
            cells = []
            for mode in MODES:
                measured = samples[(case, mode)]
                cells += [f"{statistics.median(m['wall'] for m in measured) * 1000:.0f}",
                          summary(measured, "smtp_flights"), summary(measured, "token_flights")]
            everything = samples[(case, "tls")] + samples[(case, "starttls")]
            print(f"| {case} | {' | '.join(cells)} | {summary(everything, 'refreshes')} | {rss[case]:.1f} |")
        print()
        for case in cases:
            everything = samples[(case, "tls")] + samples[(case, "starttls")]
            token = [m for m in everything if m["token_connections"]]
            def ms(key, measured=everything):
                return f"{statistics.median(m[key] for m in measured):.0f}"
            detail = (f"token endpoint: {summary(everything, 'token_connections')} connection(s) a send, "
                      f"{token[0]['token_bytes'][0]} bytes up / {token[0]['token_bytes'][1]} down, opened at "
                      f"{ms('token_at', token)} ms, open {ms('token_ms', token)} ms; " if token else "")
            print(f"{case} (medians, both ports): {detail}SMTP: {summary(everything, 'smtp_connections')} "
                  f"connection(s) a send, opened at {ms('smtp_at')} ms, open {ms('smtp_ms')} ms; "
                  f"Dovecot token introspections a send: {summary(everything, 'introspections')}")

        expected = sent
        deadline = time.monotonic() + 30
        while delivered(marker) < expected and time.monotonic() < deadline:
            time.sleep(0.2)
        got = delivered(marker)
        print(f"\nDelivered to the Maildir: {got} of {expected} messages.")
        if got != expected:
            raise SystemExit("some messages were not delivered")
    finally:
        for proxy in (*proxies.values(), token_proxy):
            proxy.stop()
        try:
            server.admin("/admin/reset", {})
        except Exception:  # the server may be gone already
            pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=str(ROOT / "build"))
    parser.add_argument("--rtt", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--long-token", type=int, default=2000, help="access token length of the last case; 0: skip")
    args = parser.parse_args()
    args.build = str(Path(args.build).resolve())
    if os.environ.get("REMITENTE_BENCH_IN_KEYRING"):
        inside_keyring(args)
        return
    if not Path("/usr/bin/time").exists():
        raise SystemExit("/usr/bin/time is missing: scripts/bench installs it")
    subprocess.run([str(MAILSERVER), "start", str(Path(args.build) / "test-pki")], check=True,
                   stdout=subprocess.DEVNULL)
    try:
        env = dict(os.environ, REMITENTE_BENCH_IN_KEYRING="1")
        result = subprocess.run([str(WITH_KEYRING), sys.executable, str(Path(__file__).resolve()),
                                 "--build", args.build, "--rtt", str(args.rtt), "--runs", str(args.runs),
                                 "--long-token", str(args.long_token)], env=env)
    finally:
        subprocess.run([str(MAILSERVER), "stop"], stdout=subprocess.DEVNULL)
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
