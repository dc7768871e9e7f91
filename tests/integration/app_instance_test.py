#!/usr/bin/env python3
"""The desktop app as processes (issue 14, defect 1), offscreen with a private HOME and XDG folders:

- one instance per user: a second start asks the first to come to the front and ends at once with 0; the first
  says it was asked (REMITENTE_REPORT_SHOW); after the first was killed, a new start is the first again;
- the quit path: with a composer asking "Keep this message as a draft?", closing the main window ends the process,
  and what was written is still a draft (REMITENTE_TEST_CLOSE_WHILE_ASKING closes the composer, then the window).

  app_instance_test.py PATH_TO_REMITENTE
"""
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP = sys.argv[1]
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)
    return condition


def environment(home, **extra):
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                LANGUAGE="en", **extra)


def start(env):
    return subprocess.Popen([APP], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def read_line(process, timeout):
    """The next line of the process's output, or None after `timeout` seconds."""
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    return process.stdout.readline().decode().strip() if ready else None


def wait_for_socket(home, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.name.startswith("io.github.remitente.Remitente-") for p in (home / "run").iterdir()):
            return True
        time.sleep(0.05)
    return False


def end(process):
    if process.poll() is None:
        process.kill()
    process.wait()


def one_instance():
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = environment(home, REMITENTE_REPORT_SHOW="1")
        first = start(env)
        try:
            check(wait_for_socket(home), "the first start listens for later ones")
            began = time.monotonic()
            second = start(env)
            try:
                code = second.wait(timeout=10)
            except subprocess.TimeoutExpired:
                code = None
            took = time.monotonic() - began
            check(code == 0, f"a second start ends by itself with 0 (got {code}, "
                             f"{second.stderr.read().decode()[-500:] if code is not None else 'still running'})")
            check(took < 5, f"... quickly ({took:.1f} s)")
            end(second)
            check(read_line(first, 5) == "shown", "the first start was asked to show its window")
            check(first.poll() is None, "the first start goes on")
            third = start(env)
            check(third.wait(timeout=10) == 0 and read_line(first, 5) == "shown", "... every time")
        finally:
            end(first)
        # The first one killed: its lock and socket stay behind, and the next start is the first again.
        again = start(env)
        try:
            time.sleep(1.5)
            check(again.poll() is None, "after a crash, the next start runs (a stale lock is not a running app)")
            check(wait_for_socket(home), "... and listens")
            later = start(env)
            check(later.wait(timeout=10) == 0 and read_line(again, 5) == "shown",
                  "... and brings itself to the front for later starts")
        finally:
            end(again)


def quit_while_asking():
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        drafts = home / "data" / "Remitente" / "Remitente" / "drafts"
        drafts.mkdir(parents=True)
        draft = drafts / "left-open.json"
        draft.write_text(json.dumps({"subject": "Presupuesto sin terminar", "text": "Hola Marta,",
                                     "typed": {"to": "marta@example.test"}}))
        app = start(environment(home, REMITENTE_TEST_CLOSE_WHILE_ASKING="1"))
        try:
            check(read_line(app, 15) == "asking", "the reopened draft's composer asks whether to keep it")
            try:
                code = app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                code = None
            check(code == 0, f"closing the main window while it asks ends the app (exit code {code})")
        finally:
            end(app)
        check(draft.exists() and "Presupuesto sin terminar" in draft.read_text(),
              "what was written is still a draft, for the next start")


one_instance()
quit_while_asking()
if failures:
    print(f"{len(failures)} failed")
    sys.exit(1)
print("all passed")
