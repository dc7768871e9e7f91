#!/usr/bin/python3
"""remitente-cli with "Sign in with ..." (OAuth2) end to end, against the test authorization server
(tests/support/oauth/oauth_server.py), the test Postfix + Dovecot's oauth2 passdb and a real gnome-keyring (run
through tests/support/keyring/with-keyring.sh):

  account add --sign-in oauth2 --no-browser -> the sign-in address on stderr, "the browser" approves, the
  refresh token goes to the keychain; send uses and refreshes the token; a revoked sign-in holds the mail
  (send --queue exits 77, the message stays queued, account show says needs-sign-in); account login brings it
  back and the held message goes exactly once; refusals, a wrong state, a closed browser and the device code;
  and no token is written anywhere on disk or printed.

  cli_oauth_test.py REMITENTE_CLI CA_FILE
"""
import hashlib
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support" / "oauth"))
import oauth_testlib as lib  # noqa: E402
from oauth_testlib import check  # noqa: E402

CLI, CA = sys.argv[1], sys.argv[2]
CONFIG = Path(os.environ["XDG_CONFIG_HOME"]) / "Remitente" / "Remitente"
DATA = Path(os.environ["XDG_DATA_HOME"])
MAILDIR = lib.MAIL_BASE / "mail" / "example.test"
server = lib.OAuthServer(CA)
outputs = []  # everything the CLI printed, scanned for tokens at the end


def run(*arguments, timeout=60, stdin=None):
    done = subprocess.run([CLI, *arguments], capture_output=True, text=True, timeout=timeout, input=stdin)
    outputs.append(done.stdout + done.stderr)
    return done


def delivered(user, marker):
    folder = MAILDIR / user / "new"
    if not folder.is_dir():
        return 0
    return sum(marker in path.read_text(errors="replace") for path in folder.iterdir())


def wait_delivered(user, marker, expected=1, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline and delivered(user, marker) < expected:
        time.sleep(0.1)
    return delivered(user, marker)


def browse(address):
    """What a browser does with the sign-in address: the server approves and redirects to the loopback."""
    url = urllib.parse.urlsplit(address)
    check(url.scheme == "https" and url.port == lib.PORT, f"sign-in address: {address}")
    status, headers, _ = server.request("GET", url.path + "?" + url.query)
    if status != 302:
        return status  # "no-redirect": the person closed the browser
    back = urllib.parse.urlsplit(headers["location"])
    check(back.scheme == "http" and back.hostname == "127.0.0.1", f"redirect to {back.geturl()}")
    connection = http.client.HTTPConnection(back.hostname, back.port, timeout=10)
    connection.request("GET", back.path + "?" + back.query)
    page = connection.getresponse()
    body = page.read().decode()
    connection.close()
    return page.status, body


class Login:
    """A CLI command that signs in: reads the sign-in address from stderr and answers it like a browser."""

    def __init__(self, *arguments):
        self.process = subprocess.Popen([CLI, *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stderr = []
        self.address = None
        self.found = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stderr:
            self.stderr.append(line)
            match = re.search(r"(https://\S+)", line)
            if match and not self.found.is_set():
                self.address = match.group(1)
                self.found.set()
        self.found.set()

    def finish(self, timeout=60):
        self.process.wait(timeout=timeout)
        stdout = self.process.stdout.read()  # small: the account id at most
        self.reader.join(5)
        text = stdout + "".join(self.stderr)
        outputs.append(text)
        return self.process.returncode, text


def sign_in(*arguments):
    login = Login(*arguments)
    check(login.found.wait(30) and login.address, f"no sign-in address printed: {login.stderr}")
    answer = browse(login.address)
    code, text = login.finish()
    return code, text, answer


def main():
    server.admin("/admin/reset", {})
    CONFIG.mkdir(parents=True, exist_ok=True)
    # An organisation's providers.json next to accounts.json adds the test provider.
    shutil.copy(Path(__file__).resolve().parent.parent / "support" / "oauth" / "providers-test.json",
                CONFIG / "providers.json")

    detect = run("detect", "ana@example.test", "--dns-server", "127.0.0.2", "--timeout", "3", "--json")
    check(json.loads(detect.stdout).get("signIn") == "oauth2", f"detect --json: {detect.stdout} {detect.stderr}")
    outlook = run("detect", "ana@hotmail.es", "--dns-server", "127.0.0.2", "--timeout", "2")
    check("Sign in with Microsoft (OAuth2)" in outlook.stdout, f"detect hotmail.es: {outlook.stdout}")

    # account add signs in at once; --no-browser prints one line with the whole address.
    code, text, answer = sign_in("account", "add", "--address", "ana@example.test", "--name", "Ana",
                                 "--provider", "test-oauth", "--sign-in", "oauth2", "--no-browser",
                                 "--ca-file", CA)
    check(code == 0, f"account add --sign-in oauth2 exited {code}: {text}")
    check(answer[0] == 200 and "close" in answer[1].lower(), f"the browser's page: {answer}")
    address_lines = [line for line in text.splitlines() if "https://" in line]
    check(len(address_lines) == 1, f"one line with the address: {address_lines}")
    show = json.loads(run("account", "show", "ana@example.test", "--json").stdout)
    check(show["signIn"] == "oauth2" and show["token"]["state"] == "valid" and "expires-at" in show["token"],
          f"account show after sign-in: {show}")

    marker = f"oauth-send-{time.time_ns()}"
    sent = run("send", "--account", "ana@example.test", "--ca-file", CA, "--to", "bob@example.test",
               "--subject", marker, "--body", "hola", "--transcript")
    check(sent.returncode == 0, f"send with the token: {sent.stdout} {sent.stderr}")
    check("AUTH XOAUTH2 <redacted>" in sent.stdout + sent.stderr, f"transcript: {sent.stdout}")
    check(wait_delivered("bob", marker) == 1, "the message sent with the token was not delivered once")

    # A token about to expire is refreshed before the session: exactly one refresh per send.
    server.admin("/admin/config", {"access_token_lifetime": 2})
    sent = run("send", "--account", "ana@example.test", "--ca-file", CA, "--to", "bob@example.test",
               "--subject", marker + "-a", "--body", "a")
    check(sent.returncode == 0, f"send with a fresh token: {sent.stderr}")
    before = server.admin("/admin/stats")["grant_types"].get("refresh_token", 0)
    time.sleep(2.5)
    sent = run("send", "--account", "ana@example.test", "--ca-file", CA, "--to", "bob@example.test",
               "--subject", marker + "-b", "--body", "b")
    check(sent.returncode == 0, f"send after expiry: {sent.stderr}")
    after = server.admin("/admin/stats")["grant_types"].get("refresh_token", 0)
    check(after == before + 1, f"refreshes for one send: {after - before}")
    check(wait_delivered("bob", marker + "-b") == 1, "the message after the refresh was not delivered")
    # Microsoft's tokens pass 4 KiB: the next one is 5,000 characters and still signs in through the real Postfix.
    server.admin("/admin/config", {"access_token_length": 5000})
    time.sleep(2.5)
    sent = run("send", "--account", "ana@example.test", "--ca-file", CA, "--to", "bob@example.test",
               "--subject", marker + "-long", "--body", "long", "--transcript")
    check(sent.returncode == 0, f"send with a 5,000-character token: {sent.stdout} {sent.stderr}")
    check(wait_delivered("bob", marker + "-long") == 1, "the message sent with a long token was not delivered")
    server.admin("/admin/config", {"access_token_lifetime": 3600, "access_token_length": 128})

    # Revoked: the message is held (not failed), exit 77, and the account says so.
    server.admin("/admin/revoke-user", {"user": "ana@example.test"})
    held = f"oauth-held-{time.time_ns()}"
    queued = run("send", "--queue", "--account", "ana@example.test", "--ca-file", CA, "--to", "bob@example.test",
                 "--subject", held, "--body", "held")
    check(queued.returncode == 77, f"send --queue after revocation exited {queued.returncode}: {queued.stderr}")
    check("account login" in queued.stderr, f"says how to sign in again: {queued.stderr}")
    listed = run("queue", "list", "--json")
    entries = [e for e in json.loads(listed.stdout) if e.get("subject") == held]
    check(len(entries) == 1 and entries[0]["state"] == "queued", f"the held message: {entries}")
    show = json.loads(run("account", "show", "ana@example.test", "--json").stdout)
    check(show["token"]["state"] == "needs-sign-in" and show["token"]["needs-sign-in"], f"after revocation: {show}")
    direct = run("send", "--account", "ana@example.test", "--ca-file", CA, "--to", "bob@example.test",
                 "--subject", held + "-direct", "--body", "x")
    check(direct.returncode == 77, f"send after revocation exited {direct.returncode}: {direct.stderr}")
    queue_run = run("queue", "run", "--ca-file", CA)
    check(delivered("bob", held) == 0, "a held message went out without a sign-in")

    # Signing in again releases it: delivered exactly once.
    code, text, _ = sign_in("account", "login", "ana@example.test", "--no-browser", "--ca-file", CA)
    check(code == 0, f"account login exited {code}: {text}")
    queue_run = run("queue", "run", "--ca-file", CA)
    check(queue_run.returncode == 0, f"queue run after sign-in: {queue_run.stdout} {queue_run.stderr}")
    check(wait_delivered("bob", held) == 1, "the held message was not delivered exactly once")
    run("queue", "run", "--ca-file", CA)
    time.sleep(1)
    check(delivered("bob", held) == 1, "the held message was delivered twice")

    # Refusals and broken sign-ins: a clear message and a sysexits code, the saved sign-in untouched.
    for mode, expected in (("deny", 77), ("wrong-state", 76)):
        server.admin("/admin/config", {"next_authorize": mode})
        code, text, _ = sign_in("account", "login", "ana@example.test", "--no-browser", "--ca-file", CA)
        check(code == expected, f"{mode}: exit {code}, expected {expected}: {text}")
        check("Not signed in" in text, f"{mode}: {text}")
    server.admin("/admin/config", {"next_authorize": "no-redirect"})
    code, text, _ = sign_in("account", "login", "ana@example.test", "--no-browser", "--ca-file", CA,
                            "--login-timeout", "3")
    check(code == 75, f"closed browser: exit {code}: {text}")

    # The device code: the address and the code are printed; the server approves on the second poll.
    login = Login("account", "login", "ana@example.test", "--device", "--ca-file", CA)
    code, text = login.finish(timeout=60)
    check(code == 0 and "/device" in text and re.search(r"code \S+", text), f"--device: {code} {text}")

    sent = run("send", "--account", "ana@example.test", "--ca-file", CA, "--to", "bob@example.test",
               "--subject", marker + "-c", "--body", "c")
    check(sent.returncode == 0, f"send after the device sign-in: {sent.stderr}")

    # No token byte anywhere on disk or in any output: every run of token characters is checked against the
    # hashes the authorization server logged for what it issued.
    issued = {}  # SHA-256 prefix -> length, as the server logs what it issued
    log = (lib.MAIL_BASE / "oauth-server.log").read_text()
    for digest, length in re.findall(r"(?:access|refresh) #([0-9a-f]{10})/(\d+)", log):
        issued[digest] = int(length)
    check(len(issued) >= 4, f"the server's log names issued tokens: {len(issued)}")
    lengths = set(issued.values())
    texts = list(outputs)
    for folder in (CONFIG.parent.parent, DATA):
        for path in folder.rglob("*"):
            if path.is_file():
                texts.append(path.read_bytes().decode("latin-1"))
    leaked = [window for text in texts for run_of in set(re.findall(r"[A-Za-z0-9\-._~]{16,}", text))
              for length in lengths for start in range(0, len(run_of) - length + 1)
              if issued.get(hashlib.sha256((window := run_of[start:start + length]).encode()).hexdigest()[:10])
              == length]
    check(not leaked, f"{len(leaked)} token(s) written to disk or printed")
    print(f"cli_oauth_test: {check.count} checks passed")


if __name__ == "__main__":
    try:
        main()
    except lib.Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
