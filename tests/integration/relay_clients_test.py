#!/usr/bin/python3
"""Other programs sending through Remitente (issue 15), end to end with real clients and the real Postfix, in a real
gnome-keyring (run through tests/support/keyring/with-keyring.sh):

  remitente-cli relay client add/list/remove; `remitente-cli relay` taking mail from Python's smtplib, swaks and
  curl, refusing a wrong password, a From the account may not use and a removed user; remitente-sendmail called by
  PHP's mail() and git send-email, and directly with -t; a relay killed (SIGKILL) before the final dot (the client
  sees a failure, nothing is queued) and after its 250 (the message is still delivered exactly once); two senders
  (`queue run --watch` twice) over one outbox with messages added meanwhile; a client sending an endless line
  while the relay's memory stays bounded. Every message is counted in the recipient's Maildir.

  relay_clients_test.py REMITENTE_CLI PKI_DIR
"""
import base64
import fcntl
import hashlib
import os
import re
import signal
import smtplib
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

CLI, PKI = sys.argv[1], Path(sys.argv[2])
SENDMAIL = str(Path(CLI).resolve().with_name("remitente-sendmail"))
SENDER = "ana@example.test"
RECIPIENT = "bob@example.test"
PASSWORD = "Test-Passw0rd-ñ"
PORT = 25251
MAIL = Path(os.environ.get("REMITENTE_TEST_MAIL_DIR", "/tmp/remitente-test-mail")) / "mail" / "example.test"
DATA = Path(os.environ["XDG_DATA_HOME"]) / "Remitente" / "Remitente"
RUN = f"{os.getpid()}-{int(time.time())}"
checks = 0
work = Path(tempfile.mkdtemp(prefix="remitente-relay-test."))


class Failure(Exception):
    pass


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        raise Failure(message)


def run(*arguments, stdin=None, timeout=60, env=None):
    return subprocess.run([CLI, *arguments], capture_output=True, text=True, input=stdin, timeout=timeout, env=env)


def delivered(marker, user="bob"):
    folder = MAIL / user / "new"
    if not folder.is_dir():
        return 0
    return sum(marker in path.read_text(errors="replace") for path in folder.iterdir())


def wait_delivered(marker, expected=1, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline and delivered(marker) < expected:
        time.sleep(0.1)
    time.sleep(0.3)  # a second copy would land now
    return delivered(marker)


def fingerprint(pem):
    out = subprocess.run(["openssl", "x509", "-in", str(pem), "-noout", "-fingerprint", "-sha256"],
                         capture_output=True, text=True, check=True).stdout
    return out.strip().split("=", 1)[1]


class Relay:
    """`remitente-cli relay` (or `queue run --watch`) in the background, output to files."""

    def __init__(self, *arguments):
        self.err_path = work / f"relay-{time.monotonic_ns()}.err"
        self.out_path = self.err_path.with_suffix(".out")
        with open(self.out_path, "w") as out, open(self.err_path, "w") as err:
            self.process = subprocess.Popen([CLI, *arguments], stdout=out, stderr=err)

    def wait_listening(self):
        deadline = time.time() + 20
        while time.time() < deadline:
            if "Relay listening" in self.err_path.read_text():
                return
            check(self.process.poll() is None, f"the relay stopped: {self.err_path.read_text()}")
            time.sleep(0.05)
        raise Failure(f"the relay did not listen: {self.err_path.read_text()}")

    def rss_kb(self):
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def message(marker, sender=SENDER):
    mail = EmailMessage()
    mail["From"] = f"Tienda <{sender}>"
    mail["To"] = RECIPIENT
    mail["Subject"] = marker
    mail.set_content(f"Pedido {marker}: gracias por su compra.\n")
    return mail


def setup():
    result = run("account", "add", "--address", SENDER, "--name", "Ana", "--host", "localhost", "--port", "465",
                 "--security", "tls", "--pin-sha256", fingerprint(PKI / "server.pem"), "--password-stdin",
                 stdin=PASSWORD + "\n")
    check(result.returncode == 0, f"account add: {result.returncode} {result.stderr}")


def add_client(name, *extra):
    result = run("relay", "client", "add", name, *extra)
    check(result.returncode == 0, f"relay client add: {result.returncode} {result.stderr}")
    lines = result.stdout.splitlines()
    check(len(lines) == 2 and lines[0] == f"user: {name}" and lines[1].startswith("password: "),
          f"relay client add prints two lines: {result.stdout!r}")
    password = lines[1][len("password: "):]
    check(len(password) >= 20, "a generated password, long enough")
    return password


def test_client_users():
    password = add_client("tienda")
    check(run("relay", "client", "add", "tienda").returncode != 0, "a name is used once")
    check(run("relay", "client", "add", "Bad Name!").returncode == 64, "names are checked")
    listing = run("relay", "client", "list")
    check(listing.returncode == 0 and listing.stdout.startswith("tienda "), f"list: {listing.stdout!r}")
    stored = (Path(os.environ["XDG_CONFIG_HOME"]) / "Remitente" / "Remitente" / "relay-clients.json")
    check(stored.is_file() and password not in stored.read_text(), "only a hash of the password is kept")
    check(stored.stat().st_mode & 0o777 == 0o600, "relay-clients.json is private")
    return password


def relay_output():
    return "".join(path.read_text() for path in sorted(work.glob("relay-*.err")))


def test_smtp_clients(password):
    marker = f"relay-smtplib-{RUN}"
    with smtplib.SMTP("127.0.0.1", PORT, timeout=30) as client:
        client.ehlo("tienda.local")
        check(client.has_extn("pipelining") and client.has_extn("size") and client.has_extn("8bitmime"),
              f"extensions: {client.esmtp_features}")
        try:
            client.sendmail(SENDER, [RECIPIENT], message("no-auth").as_bytes())
            raise Failure("mail accepted without AUTH")
        except smtplib.SMTPSenderRefused as refused:
            check(refused.smtp_code == 530, f"AUTH first: {refused}")
        client.login("tienda", password)
        refused = client.send_message(message(marker))
        check(refused == {}, f"smtplib: {refused}")
        try:
            client.send_message(message("foreign-" + marker, sender="someone@gmail.com"))
            raise Failure("a foreign From was accepted")
        except smtplib.SMTPSenderRefused as error:
            check(error.smtp_code == 553 and b"ana@example.test" in error.smtp_error, f"foreign From: {error}")
    check(wait_delivered(marker) == 1, "smtplib's message arrived once")
    check(delivered("foreign-" + marker) == 0, "the refused one never went")

    # Issue 16: what would get a message junked is said in the relay's output; the message goes all the same.
    marker = f"relay-warned-{RUN}"
    crowd = message(marker)
    crowd["Cc"] = ", ".join(f"reader{i}@other.test" for i in range(1, 12))
    with smtplib.SMTP("127.0.0.1", PORT, timeout=30) as client:
        client.login("tienda", password)
        check(client.sendmail(SENDER, [RECIPIENT], crowd.as_bytes()) == {}, "a message with a warning is accepted")
    check(wait_delivered(marker) == 1, "the warned message arrived once")
    output = relay_output()
    check(re.search(r"relay: message \d+: warning \(visible-recipients\): 11 recipients outside example.test", output)
          is not None, f"the warning in the relay's output: {output[-1500:]}")

    try:
        with smtplib.SMTP("127.0.0.1", PORT, timeout=30) as client:
            client.login("tienda", "wrong-password")
        raise Failure("a wrong password was accepted")
    except smtplib.SMTPAuthenticationError as error:
        check(error.smtp_code == 535, f"wrong password: {error}")

    marker = f"relay-swaks-{RUN}"
    result = subprocess.run(["swaks", "--server", f"127.0.0.1:{PORT}", "--auth", "LOGIN", "--auth-user", "tienda",
                             "--auth-password", password, "--from", SENDER, "--to", RECIPIENT,
                             "--header", f"Subject: {marker}", "--header", f"From: {SENDER}",
                             "--body", "swaks body"], capture_output=True, text=True, timeout=60)
    check(result.returncode == 0, f"swaks: {result.returncode} {result.stdout[-500:]}")
    check(wait_delivered(marker) == 1, "swaks's message arrived once")

    marker = f"relay-curl-{RUN}"
    body = work / "curl.eml"
    body.write_bytes(message(marker).as_bytes())
    result = subprocess.run(["curl", "--silent", "--show-error", f"smtp://127.0.0.1:{PORT}", "--mail-from", SENDER,
                             "--mail-rcpt", RECIPIENT, "--user", f"tienda:{password}", "--upload-file", str(body)],
                            capture_output=True, text=True, timeout=60)
    check(result.returncode == 0, f"curl: {result.returncode} {result.stderr}")
    check(wait_delivered(marker) == 1, "curl's message arrived once")


def test_removed_user(password):
    result = run("relay", "client", "remove", "tienda")
    check(result.returncode == 0, f"remove: {result.stderr}")
    try:
        with smtplib.SMTP("127.0.0.1", PORT, timeout=30) as client:
            client.login("tienda", password)
        raise Failure("a removed user could still sign in")
    except smtplib.SMTPAuthenticationError as error:
        check(error.smtp_code == 535, f"removed user: {error}")


def test_sendmail():
    marker = f"sendmail-t-{RUN}"
    started = time.monotonic()
    result = subprocess.run([SENDMAIL, "-t", "-i"], input=message(marker).as_bytes(), capture_output=True,
                            timeout=60)
    check(result.returncode == 0 and result.stdout == b"", f"sendmail -t: {result.returncode} {result.stderr}")
    check(time.monotonic() - started < 5, "sendmail returns at once")
    check(wait_delivered(marker) == 1, "sendmail's message arrived once (sent in the background)")

    result = subprocess.run([SENDMAIL, "-t"], input=b"Subject: nobody\n\nhola\n", capture_output=True, timeout=60)
    check(result.returncode == 64, f"no recipients is a usage error: {result.returncode}")
    result = subprocess.run([SENDMAIL, RECIPIENT], input=b"From: x@gmail.com\nSubject: y\n\nhola\n",
                            capture_output=True, timeout=60)
    check(result.returncode == 77 and b"ana@example.test" in result.stderr,
          f"a foreign From: {result.returncode} {result.stderr!r}")
    result = subprocess.run([SENDMAIL, "-X", RECIPIENT], input=b"Subject: y\n\nhola\n", capture_output=True)
    check(result.returncode == 64, "an unknown option that matters is refused")

    marker = f"sendmail-wait-{RUN}"
    result = subprocess.run([CLI, "sendmail", "--wait", "-oi", "-F", "Ana Tienda", RECIPIENT],
                            input=f"Subject: {marker}\n\nwith --wait\n".encode(), capture_output=True, timeout=60)
    check(result.returncode == 0, f"sendmail --wait: {result.returncode} {result.stderr}")
    check(delivered(marker) >= 1 or wait_delivered(marker, seconds=10) == 1, "--wait: sent when it returns")

    marker = f"php-mail-{RUN}"
    script = f'exit(mail("{RECIPIENT}", "{marker}", "Hola desde PHP", "From: {SENDER}") ? 0 : 1);'
    result = subprocess.run(["php", "-d", f"sendmail_path={SENDMAIL} -t -i", "-r", script], capture_output=True,
                            text=True, timeout=60)
    check(result.returncode == 0, f"php mail(): {result.returncode} {result.stdout} {result.stderr}")
    check(wait_delivered(marker) == 1, "PHP's message arrived once")

    marker = f"git-send-email-{RUN}"
    repo = work / "repo"
    git = ["git", "-C", str(repo), "-c", "user.name=Ana", "-c", f"user.email={SENDER}"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "README").write_text("hola\n")
    subprocess.run(git + ["add", "README"], check=True)
    subprocess.run(git + ["commit", "-q", "-m", marker], check=True)
    subprocess.run(git + ["format-patch", "-q", "-1", "-o", str(work / "patches")], check=True)
    patch = next((work / "patches").iterdir())
    result = subprocess.run(git + ["send-email", f"--smtp-server={SENDMAIL}", f"--to={RECIPIENT}",
                                   f"--from={SENDER}", "--confirm=never", "--quiet", str(patch)],
                            capture_output=True, text=True, timeout=120)
    check(result.returncode == 0, f"git send-email: {result.returncode} {result.stderr}")
    check(wait_delivered(marker) == 1, "git send-email's patch arrived once")


def smtp_until_data(password, marker):
    """A raw client: signed in, in DATA, with half a message sent."""
    connection = socket.create_connection(("127.0.0.1", PORT), timeout=30)
    reader = connection.makefile("rb")

    def command(line, expected):
        if line:
            connection.sendall(line + b"\r\n")
        reply = reader.readline()
        while reply[3:4] == b"-":
            reply = reader.readline()
        check(reply.startswith(expected), f"{line!r}: {reply!r}")

    command(b"", b"220")
    command(b"EHLO killer", b"250")
    command(b"AUTH PLAIN " + base64.b64encode(f"\0killer\0{password}".encode()), b"235")
    command(b"MAIL FROM:<" + SENDER.encode() + b">", b"250")
    command(b"RCPT TO:<" + RECIPIENT.encode() + b">", b"250")
    command(b"DATA", b"354")
    connection.sendall(f"From: {SENDER}\r\nTo: {RECIPIENT}\r\nSubject: {marker}\r\n\r\nfirst half\r\n".encode())
    return connection, reader


def queued_rows(marker):
    listing = run("queue", "list", "--search", marker)
    return [line for line in listing.stdout.splitlines() if line.strip()]


def test_kill(relay):
    password = add_client("killer")
    # Killed before the final dot: the client sees the connection end, nothing is in the outbox.
    marker = f"kill-before-dot-{RUN}"
    connection, reader = smtp_until_data(password, marker)
    relay.kill()
    try:
        connection.sendall(b"second half\r\n.\r\n")
        reply = reader.readline()
    except OSError:
        reply = b""
    check(reply == b"", f"the client sees a failure, not a 250: {reply!r}")
    connection.close()
    check(queued_rows(marker) == [], "nothing queued from a message cut short")

    # Killed after its 250, before it could send: the outbox's lock is held here, so the relay cannot send first.
    lock = open(DATA / "outbox.sqlite.lock", "a+")
    fcntl.flock(lock, fcntl.LOCK_EX)
    relay = Relay("relay", "--listen", f"127.0.0.1:{PORT}")
    relay.wait_listening()
    marker = f"kill-after-dot-{RUN}"
    connection, reader = smtp_until_data(password, marker)
    connection.sendall(b"second half\r\n.\r\n")
    reply = reader.readline()
    check(reply.startswith(b"250 "), f"the 250 after the dot: {reply!r}")
    relay.kill()
    connection.close()
    check(len(queued_rows(marker)) == 1, "committed before the 250")
    fcntl.flock(lock, fcntl.LOCK_UN)
    lock.close()
    result = run("queue", "run", timeout=120)
    check(result.returncode == 0, f"queue run after the kill: {result.returncode} {result.stderr}")
    check(wait_delivered(marker) == 1, "a message accepted before the kill arrives exactly once")
    check(delivered(f"kill-before-dot-{RUN}") == 0, "the cut one never arrives")
    return Relay("relay", "--listen", f"127.0.0.1:{PORT}")


def network_address():
    """An IPv4 address of this machine beyond loopback (where a scanner would reach the relay)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
        return probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()


def test_local_network(password):
    address = network_address()
    check(address and not address.startswith("127."), "this machine needs a network address for this test")
    relay = Relay("relay", "--listen", f"{address}:{PORT + 2}")
    try:
        relay.wait_listening()
        said = re.search(r"fingerprint\)?: ([0-9A-F:]{95})", relay.err_path.read_text())
        check(said, f"the fingerprint is shown: {relay.err_path.read_text()}")
        with smtplib.SMTP(address, PORT + 2, timeout=30) as client:
            client.ehlo("scanner")
            check(client.has_extn("starttls"), "STARTTLS offered beyond loopback")
            code, _ = client.docmd("AUTH", "PLAIN " + base64.b64encode(f"\0lan\0{password}".encode()).decode())
            check(code == 530, f"no AUTH before STARTTLS: {code}")
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE  # trusted below by the fingerprint the person was shown
            client.starttls(context=context)
            seen = hashlib.sha256(client.sock.getpeercert(binary_form=True)).hexdigest().upper()
            check(":".join(seen[i:i + 2] for i in range(0, 64, 2)) == said.group(1), "the certificate shown")
            client.login("lan", password)
            marker = f"relay-lan-{RUN}"
            check(client.send_message(message(marker)) == {}, "sent over TLS from the local network")
        check(wait_delivered(marker) == 1, "the scanner's message arrived once")
    finally:
        relay.stop()
    again = Relay("relay", "--listen", f"{address}:{PORT + 2}")
    try:
        again.wait_listening()
        check(said.group(1) in again.err_path.read_text(), "the same certificate next time")
    finally:
        again.stop()


def test_two_senders():
    # Two background services (the second without the relay, as the app would be) and messages added meanwhile.
    first = Relay("queue", "run", "--watch")
    second = Relay("queue", "run", "--watch", "--no-relay")
    markers = [f"two-senders-{RUN}-{i:02d}" for i in range(12)]
    for marker in markers:
        result = subprocess.run([SENDMAIL, RECIPIENT], input=f"Subject: {marker}\n\nhola\n".encode(),
                                capture_output=True, timeout=60)
        check(result.returncode == 0, f"sendmail while two senders run: {result.stderr!r}")
    for marker in markers:
        check(wait_delivered(marker) == 1, f"{marker} arrived exactly once")
    first.stop()
    second.stop()


def test_endless_line(relay, password):
    before = relay.rss_kb()
    connection = socket.create_connection(("127.0.0.1", PORT), timeout=30)
    connection.recv(1000)
    chunk = b"A" * (1 << 20)
    sent = 0
    try:
        for _ in range(64):  # 64 MB without a line end
            connection.sendall(chunk)
            sent += len(chunk)
    except OSError:
        pass  # the relay closed the connection: that is the point
    connection.close()
    grown = relay.rss_kb() - before
    check(grown < 20 * 1024, f"an endless line grew the relay by {grown} KB after {sent >> 20} MB")
    with smtplib.SMTP("127.0.0.1", PORT, timeout=30) as client:  # and it still serves others
        check(client.noop()[0] == 250, "the relay still answers")


def main():
    relay = None
    try:
        setup()
        password = test_client_users()
        relay = Relay("relay", "--listen", f"127.0.0.1:{PORT}")
        relay.wait_listening()
        test_smtp_clients(password)
        test_endless_line(relay, password)
        test_removed_user(password)
        test_sendmail()
        relay = test_kill(relay)
        relay.wait_listening()
        relay.stop()
        test_local_network(add_client("lan"))
        test_two_senders()
        secrets = [PASSWORD, password]
        for path in list(DATA.rglob("*")) + list((Path(os.environ["XDG_CONFIG_HOME"])).rglob("*")):
            if path.is_file():
                content = path.read_bytes()
                check(not any(s.encode() in content for s in secrets), f"a secret in {path}")
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        for log in sorted(work.glob("relay-*.err")):
            print(f"--- {log.name}\n{log.read_text()[-2000:]}", file=sys.stderr)
        return 1
    finally:
        if relay:
            relay.stop()
    print(f"relay_clients: {checks} checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
