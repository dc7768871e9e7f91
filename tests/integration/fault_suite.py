#!/usr/bin/env python3
"""Faults against the real outbox, the real remitente-cli and app, and the local Postfix (issue 11, "Evidence").

  fault_suite.py CASE --cli REMITENTE_CLI --app REMITENTE --enqueue OUTBOX_ENQUEUE --ca CA.pem

CASE is one of:
  concurrent_senders  500 messages each round: two `queue run` at once; three `queue run` and a `send --queue`;
                      the desktop app (offscreen) racing a `queue run`. Every message counted exactly once in the
                      Maildir, every row sent, every process exits 0 (the app ends by SIGTERM).
  full_disk           (root) a small tmpfs holds the outbox; the disk fills at a random moment of a `queue run`:
                      it stops with 74 (or finished with 0), never loops; with space again, runs drain the rest.
                      No message delivered twice; every message not uncertain delivered exactly once.
  sigkill             1,000 messages, `queue run` killed with SIGKILL after a random 20-400 ms until one finishes
                      with nothing due; then 300 more with shorter delays. Same invariants.
  permissions         everything made under umask 000 is 0600/0700 and unreadable by user nobody.
  damaged_outbox      an outbox with a valid header and scrambled pages: queue list/run exit 74, say it is
                      damaged, and leave the file as it was.

Runs inside tests/support/keyring/with-keyring.sh (the account's password is in a real gnome-keyring). Every case
uses its own HOME, XDG_CONFIG_HOME and XDG_DATA_HOME, so its processes share a private outbox and accounts.json.
Each case ends with one line "fault-suite: ..." saying what was measured. Exit 0: passed; 1: failed; 77: skipped
(full_disk when not root).
"""
import argparse
import collections
import errno
import hashlib
import json
import math
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

SENDER = "ana@example.test"
PASSWORD = "Test-Passw0rd-ñ"
RECIPIENT = "bench@example.test"
MAIL_BASE = Path(os.environ.get("REMITENTE_TEST_MAIL_DIR", "/tmp/remitente-test-mail"))
SKIP = 77
EX_IOERR = 74
WAITING = "is sending from this outbox; waiting for it to finish"

args = None


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def log(text):
    print(text, flush=True)


class Sandbox:
    """A private HOME / XDG_CONFIG_HOME / XDG_DATA_HOME: the CLI and the app use its outbox and accounts.json."""

    def __init__(self, name):
        self.root = Path(tempfile.mkdtemp(prefix=f"remitente-fault-{name}-"))
        # Readable by others on purpose: only the modes Remitente gives its own files may keep others out.
        os.chmod(self.root, 0o755)
        self.home = self.root / "home"
        self.config = self.root / "config"
        self.data = self.root / "data"
        for folder in (self.home, self.config, self.data):
            folder.mkdir(mode=0o755)
            os.chmod(folder, 0o755)
        self.env = dict(os.environ, HOME=str(self.home), XDG_CONFIG_HOME=str(self.config),
                        XDG_DATA_HOME=str(self.data), LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
        self.account = None
        self.started = 0

    @property
    def outbox_folder(self):
        return self.data / "Remitente" / "Remitente"

    @property
    def outbox(self):
        return self.outbox_folder / "outbox.sqlite"

    @property
    def accounts_file(self):
        return self.config / "Remitente" / "Remitente" / "accounts.json"

    def cli(self, *arguments, input=None, timeout=60, umask=None):
        return subprocess.run([args.cli, *arguments], input=input, capture_output=True, text=True, env=self.env,
                              timeout=timeout, preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)

    def start(self, command, env=None, umask=None):
        """Starts a process whose output goes to files (a full pipe would stall a sender holding the lock)."""
        self.started += 1
        out = self.root / f"process-{self.started}.out"
        err = self.root / f"process-{self.started}.err"
        with open(out, "wb") as stdout, open(err, "wb") as stderr:
            process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env or self.env,
                                       preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)
        process.out_path, process.err_path = out, err
        return process

    def start_cli(self, *arguments, umask=None):
        return self.start([args.cli, *arguments], umask=umask)

    def add_account(self, umask=None):
        result = self.cli("account", "add", "--address", SENDER, "--name", "Ana", "--host", "localhost", "--port",
                          "465", "--security", "tls", "--password-stdin", input=PASSWORD + "\n", umask=umask)
        check(result.returncode == 0 and re.fullmatch(r"[0-9a-f-]{36}\s*", result.stdout),
              f"account add: exit {result.returncode}: {result.stdout} {result.stderr}")
        self.account = result.stdout.strip()
        return self.account

    def enqueue(self, prefix, count):
        started = time.monotonic()
        result = subprocess.run([args.enqueue, self.account, SENDER, RECIPIENT, prefix, str(count)],
                                capture_output=True, text=True, env=self.env, timeout=300)
        check(result.returncode == 0, f"outbox_enqueue: exit {result.returncode}: {result.stderr}")
        return time.monotonic() - started

    def rows(self, prefix):
        """The outbox's rows whose subject holds prefix, as remitente-cli queue list --json reads them."""
        result = self.cli("queue", "list", "--json", "--search", prefix)
        check(result.returncode == 0, f"queue list: exit {result.returncode}: {result.stderr}")
        return json.loads(result.stdout)

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)


def number(subject, prefix):
    match = re.fullmatch(re.escape(prefix) + r" #(\d+)", subject)
    return int(match.group(1)) if match else None


class Maildir:
    """bench's deliveries, read once each (Postfix writes to tmp/ and renames, so a file in new/ is whole)."""

    def __init__(self):
        self.folder = MAIL_BASE / "mail" / "example.test" / "bench"
        self.subjects = {}

    def scan(self):
        for sub in ("new", "cur"):
            folder = self.folder / sub
            if not folder.is_dir():
                continue
            for name in os.listdir(folder):
                key = name.split(":")[0]
                if key in self.subjects:
                    continue
                try:
                    head = (folder / name).read_bytes()[:8192]
                except FileNotFoundError:
                    continue  # moved from new/ to cur/ meanwhile: seen on the next scan
                match = re.search(rb"^Subject: (.*)$", head, re.MULTILINE)
                self.subjects[key] = match.group(1).decode(errors="replace").strip() if match else ""

    def counts(self, prefix):
        self.scan()
        counts = collections.Counter()
        for subject in self.subjects.values():
            n = number(subject, prefix)
            if n is not None:
                counts[n] += 1
            elif subject == prefix:
                counts[-1] += 1
        return counts


def postfix_queue_empty():
    result = subprocess.run(["postqueue", "-c", str(MAIL_BASE / "conf"), "-p"], capture_output=True, text=True)
    return result.returncode == 0 and "Mail queue is empty" in result.stdout


def wait_for_deliveries(maildir, prefix, expected, deadline_s=120):
    """Waits until every number in expected has arrived and Postfix has nothing left to deliver; the counts."""
    deadline = time.monotonic() + deadline_s
    while True:
        counts = maildir.counts(prefix)
        arrived = all(counts[n] >= 1 for n in expected)
        if arrived and postfix_queue_empty():
            time.sleep(0.3)  # a delivery between the scan and the queue check
            return maildir.counts(prefix)
        if time.monotonic() > deadline:
            missing = sorted(n for n in expected if counts[n] == 0)
            raise Failure(f"{prefix}: {len(missing)} of {len(expected)} not delivered after {deadline_s} s "
                          f"(first: {missing[:10]})")
        time.sleep(0.2)


def check_exactly_once(maildir, prefix, count, rows):
    by_number = {number(row["subject"], prefix): row for row in rows}
    check(len(rows) == count and set(by_number) == set(range(count)), f"{prefix}: {len(rows)} rows, not {count}")
    not_sent = [(n, row["state"], row["error"]) for n, row in sorted(by_number.items()) if row["state"] != "sent"]
    check(not not_sent, f"{prefix}: {len(not_sent)} rows not sent: {not_sent[:5]}")
    counts = wait_for_deliveries(maildir, prefix, range(count))
    twice = {n: c for n, c in counts.items() if c > 1}
    check(not twice, f"{prefix}: {len(twice)} messages delivered more than once: {dict(list(twice.items())[:10])}")
    return sum(counts.values())


def check_faults_invariants(maildir, prefix, count, rows):
    """After faults: sent rows exactly once, uncertain ones at most once, nothing else left. (sent, uncertain)."""
    by_number = {number(row["subject"], prefix): row for row in rows}
    check(len(rows) == count and set(by_number) == set(range(count)), f"{prefix}: {len(rows)} rows, not {count}")
    states = collections.Counter(row["state"] for row in rows)
    check(set(states) <= {"sent", "uncertain"}, f"{prefix}: rows left in other states: {dict(states)}; "
          + str([(n, r["state"], r["error"]) for n, r in by_number.items() if r["state"] not in ("sent", "uncertain")][:5]))
    sent = [n for n, row in by_number.items() if row["state"] == "sent"]
    counts = wait_for_deliveries(maildir, prefix, sent)
    twice = {n: c for n, c in counts.items() if c > 1}
    check(not twice, f"{prefix}: delivered more than once: {dict(list(twice.items())[:10])} (states: "
          f"{ {n: by_number[n]['state'] for n in list(twice)[:10]} })")
    uncertain = [n for n, row in by_number.items() if row["state"] == "uncertain"]
    uncertain_delivered = sum(1 for n in uncertain if counts[n] == 1)
    return len(sent), len(uncertain), uncertain_delivered, sum(counts.values())


def output(process):
    read = lambda path: path.read_text(errors="replace") if path.exists() else ""
    return read(process.out_path), read(process.err_path)


def finish(process, timeout, what):
    """Waits for a process started by Sandbox.start: (exit code, stdout, stderr)."""
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise Failure(f"{what} still running after {timeout} s (a loop?): {output(process)[1][-2000:]}")
    return (process.returncode, *output(process))


# --- 1. Concurrent senders -----------------------------------------------------------------------------------------

def trusted_certs_folder(sandbox):
    """A folder with the test CA under its OpenSSL hash name, mounted over /etc/ssl/certs for the app only: the app
    has no --ca-file, and Qt reads the system store from fixed folders."""
    folder = sandbox.root / "certs"
    folder.mkdir()
    shutil.copy(args.ca, folder / "remitente-test-ca.pem")
    digest = subprocess.run(["openssl", "x509", "-hash", "-noout", "-in", args.ca], capture_output=True, text=True,
                            check=True).stdout.strip()
    os.symlink("remitente-test-ca.pem", folder / f"{digest}.0")
    return folder


def start_app(sandbox, certs):
    env = dict(sandbox.env, QT_QPA_PLATFORM="offscreen")
    check(os.access(args.app, os.X_OK), f"the app {args.app} is not built (REMITENTE_BUILD_GUI=OFF?)")
    check(shutil.which("unshare") is not None and os.geteuid() == 0,
          "the app round needs root and unshare(1), to trust the test CA in a private mount namespace")
    # unshare execs the shell, which execs the app: the pid is the app's.
    return sandbox.start(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                          'mount --bind "$1" /etc/ssl/certs && exec "$2"', "sh", str(certs), args.app], env=env)


def concurrent_senders():
    sandbox = Sandbox("concurrent")
    maildir = Maildir()
    run_tag = uuid.uuid4().hex[:8]
    summary = []
    total_delivered = 0
    total_waits = 0
    try:
        sandbox.add_account()
        certs = trusted_certs_folder(sandbox)
        # The app either races queue run from the same instant (queue run, quicker to start, usually wins), or
        # starts first and is sending when queue run and send --queue come.
        rounds = [("2cli", 2, False, None), ("3cli+send", 3, True, None), ("app+cli", 1, True, "race"),
                  ("app-first", 1, True, "first")]
        for name, runs, with_send, with_app in rounds:
            prefix = f"ft-{run_tag}-{name}"
            count = 500
            enqueue_s = sandbox.enqueue(prefix, count)
            started = time.monotonic()
            app = start_app(sandbox, certs) if with_app else None
            if with_app == "first":
                deadline = time.monotonic() + 30
                while not maildir.counts(prefix):
                    check(app.poll() is None, f"{name}: the app ended by itself ({app.returncode}): "
                          f"{output(app)[1][-2000:]}")
                    check(time.monotonic() < deadline, f"{name}: the app sent nothing in 30 s")
                    time.sleep(0.05)
            processes = [sandbox.start_cli("queue", "run", "--ca-file", args.ca) for _ in range(runs)]
            single = None
            if with_send:
                time.sleep(0.3)  # while the runs send
                single = sandbox.start_cli("send", "--queue", "--account", SENDER, "--ca-file", args.ca, "--to",
                                           RECIPIENT, "--subject", f"{prefix}-single", "--body", "Uno.")
            results = [finish(p, 120, f"{name}: queue run") for p in processes]
            if single:
                results.append(finish(single, 120, f"{name}: send --queue"))
            for code, out, err in results:
                check(code == 0, f"{name}: a process exited {code}: {out[-1000:]} {err[-2000:]}")
            waits = sum(1 for _, _, err in results if WAITING in err)
            app_note = ""
            if app:
                # The app may hold the lock (then queue run waited for it) or wait for queue run's end; either way,
                # every row ends sent.
                deadline = time.monotonic() + 120
                while True:
                    states = collections.Counter(r["state"] for r in sandbox.rows(prefix))
                    if states.get("sent", 0) == count + int(with_send):
                        break
                    check(app.poll() is None, f"{name}: the app ended by itself ({app.returncode}): "
                          f"{output(app)[1][-2000:]}")
                    check(time.monotonic() < deadline, f"{name}: not all sent after 120 s: {dict(states)}")
                    time.sleep(0.5)
                time.sleep(1.0)  # the app going idle after the last result
                check(app.poll() is None, f"{name}: the app ended by itself ({app.returncode})")
                app.send_signal(signal.SIGTERM)
                code, _, err = finish(app, 20, "the app after SIGTERM")
                check(code == -signal.SIGTERM, f"{name}: the app ended with {code}, not by SIGTERM: {err[-2000:]}")
                held_by_app = any("remitente (" in e for _, _, e in results if WAITING in e)
                app_note = "the app held the lock first" if held_by_app else "queue run held the lock first"
                if with_app == "first":
                    check(held_by_app, f"{name}: the CLI did not wait for the app: {[e for _, _, e in results]}")
            elapsed = time.monotonic() - started
            check(waits >= 1, f"{name}: no process reported waiting for another sender")
            total_waits += waits
            rows = sandbox.rows(prefix)
            single_rows = [r for r in rows if r["subject"] == f"{prefix}-single"]
            rows = [r for r in rows if r["subject"] != f"{prefix}-single"]
            delivered = check_exactly_once(maildir, prefix, count, rows)
            if with_send:
                check(len(single_rows) == 1 and single_rows[0]["state"] == "sent",
                      f"{name}: send --queue's message: {single_rows}")
                counts = wait_for_deliveries(maildir, f"{prefix}-single", [-1])
                check(counts[-1] == 1, f"{name}: send --queue's message delivered {counts[-1]} times")
                delivered += 1
            total_delivered += delivered
            senders = f"{runs} queue run" + (" + send --queue" if with_send else "") + (" + app" if with_app else "")
            log(f"  {name}: {senders}: {delivered} delivered for {count + int(with_send)} messages, each once, "
                f"{elapsed:.1f} s (queued in {enqueue_s:.1f} s){'; ' + app_note if app_note else ''}")
            summary.append(f"{senders}{' (app first)' if with_app == 'first' else ''}: {delivered}/{count + int(with_send)}")
        log(f"fault-suite: concurrent senders: {'; '.join(summary)} delivered exactly once "
            f"({total_delivered} deliveries, 0 duplicates, {total_waits} processes waited their turn)")
    finally:
        sandbox.remove()


# --- 2. Full disk --------------------------------------------------------------------------------------------------

def fill(folder):
    """Fills the file system holding folder to the last byte; the filler's path."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        info = os.statvfs(folder)
        try:
            os.posix_fallocate(fd, 0, max(info.f_bavail * info.f_frsize - 65536, 1))
        except OSError:
            pass
        os.lseek(fd, 0, os.SEEK_END)
        for size in (65536, 4096, 1):
            while True:
                try:
                    if os.write(fd, b"\0" * size) == 0:
                        break
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return filler


def full_disk():
    if os.geteuid() != 0:
        log("SKIP: full_disk mounts a small tmpfs and needs root; run ctest as root for this test")
        return SKIP
    maildir = Maildir()
    run_tag = uuid.uuid4().hex[:8]
    count = 120
    rng = random.Random()
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    # Fill moments (seconds after queue run starts): one before anything is sent, the rest spread over the run.
    moments = [0.0] + [round(rng.uniform(0.05, 1.2), 3) for _ in range(5)]
    stops = finished = 0
    totals = collections.Counter()
    notes = []
    for index, moment in enumerate(moments):
        sandbox = Sandbox("disk")
        mounted = False
        try:
            sandbox.add_account()
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m,mode=0755", "tmpfs", str(sandbox.data)],
                           check=True)
            mounted = True
            prefix = f"ft-{run_tag}-disk{index}"
            sandbox.enqueue(prefix, count)
            started = time.monotonic()
            run = sandbox.start_cli("queue", "run", "--ca-file", args.ca)
            time.sleep(moment)
            filler = fill(sandbox.data)
            filled_at = time.monotonic() - started
            code, out, err = finish(run, 60, f"fill at {moment} s: queue run on a full disk")
            run_s = time.monotonic() - started
            check(code in (0, EX_IOERR), f"fill at {moment} s: queue run exited {code}: {err[-2000:]}")
            if code == EX_IOERR:
                check("damaged" not in err and ("could not be written" in err or "disk full" in err),
                      f"fill at {moment} s: exit 74 without saying the disk is full: {err[-1000:]}")
                stops += 1
            else:
                finished += 1
            # Another run on the still-full disk must stop at once, not loop.
            code2, _, err2 = finish(sandbox.start_cli("queue", "run", "--ca-file", args.ca), 60,
                                    "queue run on a full disk")
            check(code2 in (0, EX_IOERR), f"a second run on the full disk exited {code2}: {err2[-1000:]}")
            filler.unlink()
            sent_before = sum(1 for r in sandbox.rows(prefix) if r["state"] == "sent")
            # Space again: run until nothing is due (a recovered uncertain message makes a run say 74 once).
            for attempt in range(6):
                code3, out3, err3 = finish(sandbox.start_cli("queue", "run", "--ca-file", args.ca), 60,
                                           "queue run after freeing space")
                check(code3 in (0, EX_IOERR) and "could not be written" not in err3,
                      f"queue run with space again exited {code3}: {err3[-2000:]}")
                rows = sandbox.rows(prefix)
                if not any(r["state"] in ("queued", "retrying", "sending") for r in rows):
                    break
            else:
                raise Failure(f"{prefix}: still due after 6 runs with free space: "
                              f"{collections.Counter(r['state'] for r in rows)}")
            sent, uncertain, uncertain_delivered, delivered = check_faults_invariants(maildir, prefix, count, rows)
            totals.update(sent=sent, uncertain=uncertain, uncertain_delivered=uncertain_delivered,
                          delivered=delivered)
            outcome = f"exit 74 after {sent_before} sent" if code == EX_IOERR else f"finished first (exit 0)"
            notes.append(f"{moment}s: {outcome}")
            log(f"  fill at {filled_at:.2f} s: {outcome} in {run_s:.1f} s; then {sent} sent once, {uncertain} "
                f"uncertain ({uncertain_delivered} of them delivered), {delivered} deliveries for {count}")
        finally:
            if mounted:
                subprocess.run(["umount", "-l", str(sandbox.data)])
            sandbox.remove()
    check(stops >= 1, "the disk never filled during a run: nothing was tested")
    log(f"fault-suite: full disk: {len(moments)} fills (seed {seed}) over {len(moments) * count} messages: {stops} "
        f"runs stopped with 74, {finished} finished first; {totals['sent']} sent exactly once, "
        f"{totals['uncertain']} uncertain ({totals['uncertain_delivered']} delivered once), 0 delivered twice, "
        f"no loop")
    return 0


# --- 3. SIGKILL at random moments ----------------------------------------------------------------------------------

def kill_round(sandbox, maildir, prefix, count, low, high, rng, log_uniform):
    enqueue_s = sandbox.enqueue(prefix, count)
    kills = 0
    started = time.monotonic()
    settled = 0  # rows sent or uncertain, looked at every 10 kills
    stalls = 0
    for attempt in range(1000):
        run = sandbox.start_cli("queue", "run", "--ca-file", args.ca)
        try:
            # Log-uniform: as many kills in a run's first milliseconds (start, recovery, sign-in) as later on.
            delay = math.exp(rng.uniform(math.log(low), math.log(high))) if log_uniform else rng.uniform(low, high)
            run.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            run.kill()
            run.wait()
            kills += 1
            if kills % 10 == 0:
                now = sum(1 for r in sandbox.rows(prefix) if r["state"] in ("sent", "uncertain"))
                if now == settled:
                    # A loaded machine can take longer than the longest delay to reach the first message: allow
                    # more, or every run would die before sending anything.
                    stalls += 1
                    high = min(high * 1.5, 5.0)
                settled = now
            check(time.monotonic() - started < 150, f"{prefix}: not drained after {kills} kills in 150 s "
                  f"({settled} of {count} settled; last run: {output(run)[1][-500:]})")
            continue
        out, err = output(run)
        check(run.returncode in (0, EX_IOERR), f"{prefix}: queue run exited {run.returncode}: {err[-2000:]}")
        if run.returncode == 0 and not any(r["state"] in ("queued", "retrying", "sending")
                                           for r in sandbox.rows(prefix)):
            break
    else:
        raise Failure(f"{prefix}: not drained after 1000 runs")
    elapsed = time.monotonic() - started
    sent, uncertain, uncertain_delivered, delivered = check_faults_invariants(
        maildir, prefix, count, sandbox.rows(prefix))
    widened = f", longest delay widened to {int(high * 1000)} ms after {stalls} stalls" if stalls else ""
    log(f"  {count} messages, kill -9 after {int(low * 1000)}-{int(high * 1000)} ms"
        f"{' (log-uniform)' if log_uniform else ''}: {kills} kills in {elapsed:.1f} s (queued in {enqueue_s:.1f} s"
        f"{widened}); {sent} sent exactly once, {uncertain} uncertain ({uncertain_delivered} of them delivered), "
        f"{delivered} deliveries")
    return kills, sent, uncertain, uncertain_delivered, delivered


def sigkill():
    sandbox = Sandbox("kill")
    maildir = Maildir()
    run_tag = uuid.uuid4().hex[:8]
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    try:
        sandbox.add_account()
        results = [kill_round(sandbox, maildir, f"ft-{run_tag}-kill0", 1000, 0.02, 0.4, rng, False),
                   kill_round(sandbox, maildir, f"ft-{run_tag}-kill1", 300, 0.005, 0.5, rng, True)]
        kills, sent, uncertain, uncertain_delivered, delivered = (sum(x) for x in zip(*results))
        log(f"fault-suite: SIGKILL (seed {seed}): {kills} kills over 1,300 messages: {sent} sent exactly once, "
            f"{uncertain} uncertain ({uncertain_delivered} delivered once, none twice), {delivered} deliveries, "
            f"0 duplicates")
    finally:
        sandbox.remove()


# --- 4. Other users ------------------------------------------------------------------------------------------------

def as_nobody(*command):
    return subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command],
                          capture_output=True, text=True, timeout=20)


def permissions():
    check(os.geteuid() == 0, "the permission test runs commands as user nobody and needs root")
    check(as_nobody("true").returncode == 0, "setpriv cannot run commands as nobody here")
    sandbox = Sandbox("perms")
    checked = []
    try:
        sandbox.add_account(umask=0)
        attachment = sandbox.root / "report.txt"
        attachment.write_text("confidential numbers\n")
        os.chmod(attachment, 0o666)
        prefix = f"ft-{uuid.uuid4().hex[:8]}-perms"
        queued = sandbox.cli("send", "--queue", "--later", "--account", SENDER, "--to", RECIPIENT, "--subject",
                             prefix, "--body", "Adjunto.", "--attach", str(attachment), umask=0)
        check(queued.returncode == 0, f"send --queue --later --attach: {queued.returncode} {queued.stderr}")
        draft = sandbox.root / "draft.eml"
        composed = sandbox.cli("compose", "--from", SENDER, "--to", RECIPIENT, "--subject", prefix, "--body",
                               "Borrador.", "--output", str(draft), umask=0)
        check(composed.returncode == 0 and draft.exists(), f"compose --output: {composed.returncode} {composed.stderr}")
        zero = sandbox.cli("send", "--queue", "--later", "--account", SENDER, "--to", RECIPIENT, "--subject",
                           prefix + "-zero", "--body", "x", "--attach", "/dev/zero", umask=0)
        check(zero.returncode != 0, "--attach /dev/zero was queued")
        check(not sandbox.rows(prefix + "-zero"), "--attach /dev/zero left a row")

        # A queue run waiting for the sender lock keeps the database open, so its -wal and -shm exist.
        import fcntl
        sandbox.outbox_folder.mkdir(parents=True, exist_ok=True)
        lock = open(str(sandbox.outbox) + ".lock", "a+")
        fcntl.flock(lock, fcntl.LOCK_EX)
        waiting = sandbox.start_cli("queue", "run", "--ca-file", args.ca, umask=0)
        try:
            deadline = time.monotonic() + 20
            wal = Path(str(sandbox.outbox) + "-wal")
            shm = Path(str(sandbox.outbox) + "-shm")
            while not (wal.exists() and shm.exists()):
                check(waiting.poll() is None, f"queue run ended: {output(waiting)}")
                check(time.monotonic() < deadline, "no -wal/-shm beside the open outbox after 20 s")
                time.sleep(0.1)
            copies = sorted((sandbox.outbox_folder / "attachments").rglob("*"))
            check(any(p.is_file() for p in copies), "no attachment copy in the outbox")
            files = [sandbox.outbox, wal, shm, sandbox.accounts_file, draft] + [p for p in copies if p.is_file()]
            folders = [sandbox.outbox_folder, sandbox.outbox_folder / "attachments", sandbox.accounts_file.parent] \
                + [p for p in copies if p.is_dir()]
            problems = []
            for path in files:
                mode = stat.S_IMODE(path.stat().st_mode)
                if mode != 0o600:
                    problems.append(f"{path} is {mode:04o}")
                if as_nobody("cat", str(path)).returncode == 0:
                    problems.append(f"nobody can read {path}")
                if as_nobody("sh", "-c", 'printf x >> "$1"', "sh", str(path)).returncode == 0:
                    problems.append(f"nobody can write {path}")
                # Even if a folder above were open, the file itself keeps others out.
                other = stat.S_IMODE(path.stat().st_mode) & 0o077
                if other:
                    problems.append(f"{path} grants {other:03o} to group/others")
                checked.append(path.name)
            for path in folders:
                mode = stat.S_IMODE(path.stat().st_mode)
                if mode != 0o700:
                    problems.append(f"{path} is {mode:04o}")
                if as_nobody("ls", str(path)).returncode == 0:
                    problems.append(f"nobody can list {path}")
                checked.append(path.name + "/")
            check(not problems, "; ".join(problems))
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
            lock.close()
        code, out, err = finish(waiting, 60, "queue run after the lock was freed")
        check(code == 0 and re.search(r"^\d+ sent ", out, re.MULTILINE), f"queue run: {code} {out} {err}")
        check(WAITING in err, f"queue run did not say it waited for the lock's holder: {err}")
        counts = wait_for_deliveries(Maildir(), prefix, [-1])
        check(counts[-1] == 1, f"the message with the attachment was delivered {counts[-1]} times")
        log(f"fault-suite: permissions under umask 000: {len(checked)} paths 0600/0700 and closed to nobody "
            f"({', '.join(checked)}); /dev/zero refused as attachment")
    finally:
        sandbox.remove()


# --- 5. Damaged files ----------------------------------------------------------------------------------------------

def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def damaged_outbox():
    sandbox = Sandbox("damaged")
    cases = 0
    try:
        sandbox.add_account()
        prefix = f"ft-{uuid.uuid4().hex[:8]}-damaged"
        sandbox.enqueue(prefix, 300)  # several pages of rows
        pristine = sandbox.outbox.read_bytes()
        check(not Path(str(sandbox.outbox) + "-wal").exists(), "the outbox was left with a -wal")
        check(pristine[:16] == b"SQLite format 3\0", "not an SQLite file")
        page = int.from_bytes(pristine[16:18], "big")
        page = 65536 if page == 1 else page
        pages = len(pristine) // page
        check(pages >= 4, f"only {pages} pages")
        rng = random.Random(11)
        variants = {
            # Page 1 (header and schema) intact, every other page random.
            "all pages after the first scrambled": pristine[:page] + rng.randbytes(len(pristine) - page),
            # One page in the middle of the table scrambled.
            "one middle page scrambled": pristine[:page * (pages // 2)] + rng.randbytes(page)
            + pristine[page * (pages // 2 + 1):],
        }
        for what, content in variants.items():
            sandbox.outbox.write_bytes(content)
            before = sha256(sandbox.outbox)
            for command in (["queue", "list"], ["queue", "list", "--json"], ["queue", "run", "--ca-file", args.ca],
                            ["send", "--queue", "--later", "--account", SENDER, "--to", RECIPIENT, "--subject",
                             prefix + "-new", "--body", "x"]):
                result = sandbox.cli(*command)
                shown = " ".join(command[:2])
                check(result.returncode == EX_IOERR, f"{what}: {shown} exited {result.returncode}: "
                      f"{result.stdout[:500]} {result.stderr[:500]}")
                check("damaged" in result.stderr, f"{what}: {shown} did not say it is damaged: {result.stderr[:500]}")
                check(not re.search(r"^\d+ ", result.stdout, re.MULTILINE), f"{what}: {shown} printed rows: "
                      f"{result.stdout[:500]}")
                check(sha256(sandbox.outbox) == before, f"{what}: {shown} changed the file")
                cases += 1
        check(not Path(str(sandbox.outbox) + "-wal").exists() or Path(str(sandbox.outbox) + "-wal").stat().st_size == 0,
              "a -wal with content appeared beside the damaged outbox")
        log(f"fault-suite: damaged outbox: {len(variants)} damages x 4 commands ({cases} cases): exit 74, "
            f"\"damaged\", no rows printed, file byte for byte unchanged")
    finally:
        sandbox.remove()


CASES = {"concurrent_senders": concurrent_senders, "full_disk": full_disk, "sigkill": sigkill,
         "permissions": permissions, "damaged_outbox": damaged_outbox}


def main():
    global args
    parser = argparse.ArgumentParser()
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument("--cli", required=True)
    parser.add_argument("--app", required=True)
    parser.add_argument("--enqueue", required=True)
    parser.add_argument("--ca", required=True)
    args = parser.parse_args()
    started = time.monotonic()
    try:
        for tool in (args.cli, args.enqueue):
            check(os.access(tool, os.X_OK), f"{tool} is not built")
        check(os.environ.get("DBUS_SESSION_BUS_ADDRESS"), "run inside tests/support/keyring/with-keyring.sh")
        code = CASES[args.case]() or 0
    except Failure as failure:
        log(f"FAILED ({args.case}): {failure}")
        return 1
    log(f"{args.case}: {'skipped' if code == SKIP else 'passed'} in {time.monotonic() - started:.1f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())
