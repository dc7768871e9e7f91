#!/usr/bin/python3
"""`remitente-cli account snippet` (issue 18): every code snippet run for real against the test Postfix.

For each port (465 implicit TLS, 587 STARTTLS) and each account (ana@example.test with a non-ASCII display name full
of quotes and backslashes; dora@example.test, whose user name "dora" is not its address), the python, php, node,
curl and msmtp snippets are printed by the CLI, run with the password in SMTP_PASSWORD and the test CA trusted the
way each language expects (SSL_CERT_FILE for Python and PHP's OpenSSL, NODE_EXTRA_CA_CERTS for Node, CURL_CA_BUNDLE
for curl, --tls-trust-file for msmtp), and the message counted in the account's own Maildir, with its From the
account and its display name intact. Also: no snippet holds the password or turns verification off; a wrong
password and an untrusted CA make the snippet fail; a pinned certificate gives msmtp a tls_fingerprint that works
without any CA; an OAuth2 account gets the relay's snippet and an explanation.

  account_snippets_test.py REMITENTE_CLI PKI_DIR
"""
import email
import json
import socket
import email.header
import email.policy
import email.utils
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI, PKI = sys.argv[1], Path(sys.argv[2])
CA = PKI / "ca.pem"
PASSWORD = "Test-Passw0rd-ñ"
MAIL = Path(os.environ.get("REMITENTE_TEST_MAIL_DIR", "/tmp/remitente-test-mail")) / "mail" / "example.test"
NAME = "Ana Pérez \"Ñandú\" \\ O'Brien $HOME `id`"
ACCOUNTS = [("ana@example.test", NAME, None), ("dora@example.test", "Dora Müller", "dora")]
LANGUAGES = ["python", "php", "node", "curl", "msmtp"]
FORBIDDEN = ["verify=False", "CERT_NONE", "verify_peer", "rejectUnauthorized", "--insecure", " -k ",
             "tls_certcheck off", "check_hostname = False"]
work = Path(tempfile.mkdtemp(prefix="remitente-snippets-test."))
checks = 0


def check(condition, what):
    global checks
    if not condition:
        print("FAILED:", what, file=sys.stderr)
        sys.exit(1)
    checks += 1


def cli(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, timeout=60)


def maildir(address):
    return MAIL / address.split("@")[0] / "new"


def delivered(address):
    folder = maildir(address)
    return sorted(folder.iterdir()) if folder.exists() else []


def wait_for(address, count):
    for _ in range(100):
        if len(delivered(address)) >= count:
            break
        time.sleep(0.1)
    return delivered(address)


def add_account(address, name, user, port, security, pin=None):
    cli("account", "remove", address)
    args = ["account", "add", "--address", address, "--name", name, "--host", "127.0.0.1", "--port", str(port),
            "--security", security, "--password-stdin"]
    if user:
        args += ["--user", user]
    if pin:
        args += ["--pin-sha256", pin]
    added = cli(*args, stdin=PASSWORD + "\n")
    check(added.returncode == 0, f"account add {address}: {added.stderr}")


def environment(password=PASSWORD, trusted=True):
    env = dict(os.environ, SMTP_PASSWORD=password, NODE_PATH="/usr/share/nodejs")
    for name in ("SSL_CERT_FILE", "NODE_EXTRA_CA_CERTS", "CURL_CA_BUNDLE"):
        env.pop(name, None)
    if trusted:
        env.update(SSL_CERT_FILE=str(CA), NODE_EXTRA_CA_CERTS=str(CA), CURL_CA_BUNDLE=str(CA))
    return env


def run_snippet(language, snippet, address, env, trust_file=True):
    if language == "msmtp":
        config = work / "msmtprc"
        config.write_text(snippet)
        config.chmod(0o600)
        args = ["msmtp", "-C", str(config), "-a", "remitente", address]
        if trust_file:
            args.insert(1, f"--tls-trust-file={CA}")
        return subprocess.run(args, input="Subject: Test message\n\nSent by msmtp.\n", capture_output=True,
                              text=True, env=env, timeout=60)
    suffix = {"python": ".py", "php": ".php", "node": ".js", "curl": ".sh"}[language]
    program = work / f"snippet{suffix}"
    program.write_text(snippet)
    runner = {"python": "/usr/bin/python3", "php": "php", "node": "node", "curl": "sh"}[language]
    return subprocess.run([runner, str(program)], capture_output=True, text=True, env=env, timeout=60)


def snippet_for(address, language):
    printed = cli("account", "snippet", address, "--for", language)
    check(printed.returncode == 0 and printed.stdout, f"snippet {language} {address}: {printed.stderr}")
    text = printed.stdout
    check(PASSWORD not in text and "Passw0rd" not in text, f"the password is in the {language} snippet")
    check("SMTP_PASSWORD" in text, f"{language} snippet does not read SMTP_PASSWORD")
    for word in FORBIDDEN:
        check(word not in text, f"{language} snippet has {word!r}")
    return text


def check_sent(address, name, before, result, what):
    check(result.returncode == 0, f"{what} failed: {result.stdout} {result.stderr}")
    after = wait_for(address, len(before) + 1)
    check(len(after) == len(before) + 1, f"{what}: {len(after) - len(before)} messages delivered, not 1")
    new = (set(after) - set(before)).pop()
    # compat32 and decode_header: the default policy's parser keeps the folding space between two encoded-words.
    raw_from = email.message_from_bytes(new.read_bytes(), policy=email.policy.compat32)["From"]
    unfolded = re.sub(r"\r?\n[ \t]", " ", str(raw_from))
    encoded_name, sender_address = email.utils.parseaddr(unfolded)
    sender_name = str(email.header.make_header(email.header.decode_header(encoded_name)))
    check(sender_address == address, f"{what}: From is {raw_from}")
    if "msmtp" not in what:  # msmtp's From comes from its "from" line, without a name
        check(sender_name == name, f"{what}: From's name is {sender_name!r}, not {name!r} ({raw_from})")


for port, security in ((465, "tls"), (587, "starttls")):
    for address, name, user in ACCOUNTS:
        add_account(address, name, user, port, security)
        for language in LANGUAGES:
            snippet = snippet_for(address, language)
            if user:
                check(user in snippet, f"{language} snippet lacks the user name {user}")
            before = delivered(address)
            result = run_snippet(language, snippet, address, environment())
            check_sent(address, name, before, result, f"{language} {address} port {port}")
        print(f"port {port} {address}: {len(LANGUAGES)} snippets sent", flush=True)
        # The field/value guide in the program's own words (resources/guides.json).
        guide = cli("account", "snippet", address, "--for", "odoo")
        check(guide.returncode == 0, f"odoo guide: {guide.stderr}")
        expected = ["SMTP Server: 127.0.0.1", f"SMTP Port: {port}",
                    "Connection Encryption: " + ("SSL/TLS" if security == "tls" else "TLS (STARTTLS)"),
                    "Authenticate with: Username", f"Username: {user or address}"]
        lines = guide.stdout.splitlines()
        check(lines[:5] == expected and lines[5].startswith("Password: (") and PASSWORD not in guide.stdout,
              f"odoo guide: {guide.stdout}")
        # The CRMs' "connect your email by SMTP" settings and FluentSMTP, each in its own words, with this account's
        # own values in the order the program shows them; the password only named, never printed.
        login = user or address
        crms = {
            "hubspot": [f"Email address: {address}", "Password: (", "Outgoing Mail (SMTP) server: 127.0.0.1",
                        f"Outgoing Mail (SMTP) port: {port}", f"Username: {login}"],
            "zoho": ["Outgoing Server Name: 127.0.0.1", f"Port: {port}", f"Email address: {login}", "Password: ("],
            "salesforce": ["Host: 127.0.0.1", f"Port: {port}", "TLS Setting: Required Verify", "Enable SMTP Auth: On",
                           f"Username: {login}", "Password: ("],
            "fluentsmtp": ["SMTP Host: 127.0.0.1", f"SMTP Port: {port}",
                           "Encryption: " + ("SSL" if security == "tls" else "TLS"), "Authentication: On",
                           f"SMTP Username: {login}", "SMTP Password: ("],
        }
        for program, expected in crms.items():
            printed = cli("account", "snippet", address, "--for", program)
            check(printed.returncode == 0, f"{program} guide: {printed.stderr}")
            lines = printed.stdout.splitlines()
            check(len(lines) == len(expected), f"{program} guide: {printed.stdout}")
            for line, want in zip(lines, expected):
                check(line.startswith(want) if want.endswith("(") else line == want,
                      f"{program} guide: {line!r}, not {want!r}")
            check(PASSWORD not in printed.stdout + printed.stderr, f"{program} guide shows the password")
            # Salesforce has no port 465 (its Email Relay takes 25, 587, 10025, 11025 with STARTTLS): said for such
            # an account only.
            if program == "salesforce":
                check(("465" in printed.stderr) == (security == "tls"), f"salesforce on {port}: {printed.stderr}")

# Really signing in and really verifying: a wrong password, and a CA nobody trusts, each make every snippet fail.
address = "ana@example.test"
for language in LANGUAGES:
    snippet = snippet_for(address, language)
    before = delivered(address)
    wrong = run_snippet(language, snippet, address, environment(password="wrong-password"))
    check(wrong.returncode != 0, f"{language} snippet sent with a wrong password")
    untrusted = run_snippet(language, snippet, address, environment(trusted=False), trust_file=False)
    check(untrusted.returncode != 0, f"{language} snippet sent without trusting the test CA")
    time.sleep(0.3)
    check(delivered(address) == before, f"{language}: a refused run delivered a message")

# A pinned certificate: said plainly, and msmtp checks that same certificate with tls_fingerprint, without any CA.
fingerprint = subprocess.run(["openssl", "x509", "-in", str(PKI / "server.pem"), "-noout", "-fingerprint",
                              "-sha256"], capture_output=True, text=True, check=True).stdout.split("=", 1)[1].strip()
add_account(address, NAME, None, 587, "starttls", pin=fingerprint)
printed = cli("account", "snippet", address, "--for", "msmtp")
check(printed.returncode == 0 and f"tls_fingerprint {fingerprint}" in printed.stdout, f"pinned msmtp: {printed.stdout}")
check("tls_trust_file" not in printed.stdout, "pinned msmtp snippet still names a trust file")
check("must trust that certificate too" in printed.stderr, f"pinned: no explanation: {printed.stderr}")
before = delivered(address)
result = run_snippet("msmtp", printed.stdout, address, environment(trusted=False), trust_file=False)
check_sent(address, NAME, before, result, "msmtp pinned")
python = cli("account", "snippet", address, "--for", "python")
check("SSL_CERT_FILE" in python.stdout and fingerprint in python.stdout, "pinned python snippet says nothing")

# An account that signs in with OAuth2: an explanation pointing to the relay, and snippets for the relay that the real
# relay (`remitente-cli relay`, 127.0.0.1:2525) takes, as the relay user from `relay client add`.
oauth = "carol@example.test"
add_account(oauth, "Carol Núñez", None, 465, "tls")
accounts_file = Path(os.environ["XDG_CONFIG_HOME"]) / "Remitente" / "Remitente" / "accounts.json"
stored = json.loads(accounts_file.read_text())
entries = stored["accounts"] if isinstance(stored, dict) else stored
for entry in entries:
    if entry["address"] == oauth:
        entry["signIn"] = "oauth2"
accounts_file.write_text(json.dumps(stored))
relay_user = cli("relay", "client", "add", "snippets", "--account", oauth)
check(relay_user.returncode == 0, f"relay client add: {relay_user.stderr}")
relay_password = re.search(r"^password: (\S+)$", relay_user.stdout, re.M).group(1)
relay = subprocess.Popen([CLI, "relay"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
try:
    for _ in range(100):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", 2525)) == 0:
                break
        time.sleep(0.1)
    for language in LANGUAGES:
        printed = cli("account", "snippet", oauth, "--for", language, "--relay-user", "snippets")
        check(printed.returncode == 0, f"oauth snippet {language}: {printed.stderr}")
        for words in ("remitente-cli relay", "127.0.0.1:2525", "remitente-cli relay client add snippets"):
            check(words in printed.stderr, f"oauth {language}: the explanation lacks {words!r}: {printed.stderr}")
        check("2525" in printed.stdout and "snippets" in printed.stdout, f"oauth {language}: {printed.stdout}")
        before = len(json.loads(cli("queue", "list", "--json").stdout))
        result = run_snippet(language, printed.stdout, oauth, environment(password=relay_password))
        check(result.returncode == 0, f"{language} through the relay: {result.stdout} {result.stderr}")
        queued = json.loads(cli("queue", "list", "--json").stdout)
        check(len(queued) == before + 1, f"{language} through the relay: {len(queued) - before} queued, not 1")
    print(f"relay: {len(LANGUAGES)} snippets taken for the OAuth2 account", flush=True)
    # A CRM runs on its maker's servers: it cannot reach this computer's relay, and signs in with Google itself.
    for program in ("hubspot", "zoho", "salesforce"):
        printed = cli("account", "snippet", oauth, "--for", program)
        check(printed.returncode == 0 and "cannot reach the relay" in printed.stderr, f"oauth {program}: {printed.stderr}")
        check("Gmail" in printed.stderr, f"oauth {program}: no word of its own sign-in: {printed.stderr}")
finally:
    relay.terminate()
    relay.wait(timeout=30)
cli("account", "remove", oauth)

# In Spanish: a program's own Spanish labels (Odoo's es.po); where Remitente has no Spanish source (Salesforce) the
# program's English ones, and it says so.
def in_spanish(program):
    return subprocess.run([CLI, "account", "snippet", "dora@example.test", "--for", program], capture_output=True,
                          text=True, env=dict(os.environ, LC_ALL="es_ES.UTF-8", LANGUAGE="es"), timeout=60)


spanish = in_spanish("odoo")
check(spanish.returncode == 0 and "Servidor SMTP: 127.0.0.1\n" in spanish.stdout
      and "Encriptación de la conexión: " in spanish.stdout, f"odoo in Spanish: {spanish.stdout}")
check("Odoo" not in spanish.stderr, f"odoo in Spanish said its labels are English: {spanish.stderr}")
spanish = in_spanish("salesforce")
check(spanish.returncode == 0 and "Host: 127.0.0.1\n" in spanish.stdout, f"salesforce in Spanish: {spanish.stdout}")
check("Salesforce" in spanish.stderr and "Host" not in spanish.stderr, f"salesforce in Spanish: {spanish.stderr}")

# A person's corrections (guides.json and a template next to accounts.json) are used without a rebuild; a broken
# or oversized one is named on stderr and the built-in data used.
config = Path(os.environ["XDG_CONFIG_HOME"]) / "Remitente" / "Remitente"
(config / "snippets").mkdir(parents=True, exist_ok=True)
resources = Path(__file__).resolve().parents[2] / "resources"
odoo = next(g for g in json.loads((resources / "guides.json").read_text())["guides"] if g["id"] == "odoo")
odoo["fields"][0]["label"]["en"] = "Corrected SMTP Server"
(config / "guides.json").write_text(json.dumps({"guides": [odoo]}))
built_in_python = (resources / "snippets" / "python.py").read_text()
(config / "snippets" / "python.py").write_text("# corrected template\n" + built_in_python)
corrected = cli("account", "snippet", "dora@example.test", "--for", "odoo")
check(corrected.returncode == 0 and corrected.stdout.startswith("Corrected SMTP Server: 127.0.0.1\n"),
      f"corrected odoo guide: {corrected.stdout} {corrected.stderr}")
check("ignored" not in corrected.stderr, f"a usable correction was reported: {corrected.stderr}")
python = snippet_for("dora@example.test", "python")
check(python.startswith("# corrected template\n"), f"the corrected python template is not used: {python[:80]}")
before = delivered("dora@example.test")
result = run_snippet("python", python, "dora@example.test", environment())
check_sent("dora@example.test", "Dora Müller", before, result, "corrected python template")
(config / "guides.json").write_text('{"guides": [')
(config / "snippets" / "python.py").write_text("# " + "x" * (64 * 1024) + "\n")
broken = cli("account", "snippet", "dora@example.test", "--for", "odoo")
check(broken.returncode == 0 and broken.stdout.startswith("SMTP Server: 127.0.0.1\n"), f"broken: {broken.stdout}")
check(f"The guides file {config / 'guides.json'} was ignored" in broken.stderr, f"broken guides: {broken.stderr}")
check(f"The snippet template {config / 'snippets' / 'python.py'} was ignored: it is larger than 64 KiB"
      in broken.stderr, f"oversized template: {broken.stderr}")
python = cli("account", "snippet", "dora@example.test", "--for", "python")
check(python.returncode == 0 and "# corrected template" not in python.stdout and "smtplib" in python.stdout,
      f"built-in python: {python.stdout}")
(config / "guides.json").unlink()
(config / "snippets" / "python.py").unlink()
print("corrections: used when usable, named and left out when not", flush=True)

# Usage errors.
unknown = cli("account", "snippet", address, "--for", "cobol")
check(unknown.returncode == 64, "unknown --for accepted")
check("hubspot|zoho|salesforce" in unknown.stderr, f"the usage lacks the CRMs: {unknown.stderr}")
check(cli("account", "snippet", address).returncode == 64, "missing --for accepted")
check(cli("account", "snippet", "nobody@example.test", "--for", "python").returncode != 0, "unknown account")

for address, _, _ in ACCOUNTS:
    cli("account", "remove", address)
print(f"account_snippets: {checks} checks passed")
