#!/usr/bin/env python3
"""Cold start to the first wizard page painted, and resident memory at idle, for `remitente` beside a bare Qt
Widgets window (tests/bench/bare_window.cpp), both on a real X server (Xvfb), in one run.

Each run starts the program with an empty configuration (so Remitente opens its wizard), waits for the line
"painted" (printed from the first paint event), then lets it idle for a second and reads VmRSS from /proc.
"Cold" here means a new process each time; the files are in the page cache after the first run, as for a person
who opens the app a second time. Reports the median of RUNS runs.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

root = Path(__file__).resolve().parents[2]
build = root / "build"
RUNS = int(os.environ.get("RUNS", "15"))
DISPLAY = ":96"


def run_once(command, env):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    line = process.stdout.readline()
    painted = time.perf_counter() - start
    if line.strip() != b"painted":
        process.kill()
        raise SystemExit(f"{command[0]} did not report its first paint")
    time.sleep(1.0)
    rss_kb = 0
    for status in Path(f"/proc/{process.pid}/status").read_text().splitlines():
        if status.startswith("VmRSS:"):
            rss_kb = int(status.split()[1])
    process.kill()
    process.wait()
    return painted * 1000, rss_kb / 1024


def measure(name, command):
    times, memory = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb", HOME=home,
                       XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                       XDG_RUNTIME_DIR=home, REMITENTE_REPORT_FIRST_PAINT="1", LANG="en_US.UTF-8")
            ms, mb = run_once(command, env)
            times.append(ms)
            memory.append(mb)
    print(f"{name:<28} {statistics.median(times):8.0f} ms {min(times):8.0f} ms {statistics.median(memory):8.1f} MB")
    return statistics.median(times), statistics.median(memory)


def main():
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        print(f"Startup: process start to first page painted, then RSS after 1 s idle (median of {RUNS}, Xvfb)")
        print(f"{'program':<28} {'median':>11} {'best':>11} {'RSS':>11}")
        bare_ms, bare_mb = measure("bare Qt Widgets window", [str(build / "tests/bench_bare_window")])
        app_ms, app_mb = measure("remitente (wizard page)", [str(build / "app/remitente")])
        print(f"{'remitente minus bare Qt':<28} {app_ms - bare_ms:8.0f} ms {'':>11} {app_mb - bare_mb:8.1f} MB")
        print(f"goal: first page under 300 ms and under 60 MB -> "
              f"{'met' if app_ms < 300 and app_mb < 60 else 'NOT met'}")
    finally:
        xvfb.kill()


if __name__ == "__main__":
    sys.exit(main())
