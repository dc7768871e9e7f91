#!/usr/bin/env python3
"""A 25 MB attachment: remitente-cli against Python's email + smtplib, in one run.

Measures, for each: the time to build and encode the message to a file (compose), and the wall time and peak
resident memory of composing and sending it to the local Postfix on 465. remitente-cli's baseline is the peak
memory of the same send with a 5-byte attachment: the process, Qt, TLS and the system's CA store.

  tests/bench/attachment_bench.py [--build build] [--size-mb 25] [--runs 3]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAILSERVER = ROOT / "tests/support/mailserver/mailserver.sh"
PYTHON = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
USER, PASSWORD = "bench@example.test", "Bench-Passw0rd"


def measured(command, env=None):
    """Runs a command under /usr/bin/time; returns (wall seconds, peak RSS in MB, stdout)."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "RSS=%M"] + command, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {result.stderr.decode(errors='replace')}")
    rss = int(re.search(rb"RSS=(\d+)", result.stderr).group(1)) / 1024
    return wall, rss, result.stdout.decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=str(ROOT / "build"))
    parser.add_argument("--size-mb", type=int, default=25)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cli = str(Path(args.build) / "app/remitente-cli")
    ca = str(Path(args.build) / "test-pki/ca.pem")
    work = Path(tempfile.mkdtemp(prefix="remitente-attach-"))
    attachment = work / "grande.bin"
    with open(attachment, "wb") as f:
        f.write(os.urandom(args.size_mb * 1024 * 1024))
    env = dict(os.environ, REMITENTE_PASSWORD=PASSWORD, LANG="C.UTF-8")
    parts = ["--from", f"Bench <{USER}>", "--to", USER, "--subject", "Benchmark con adjunto grande",
             "--body", "Hola, va el archivo.", "--attach", str(attachment)]
    connection = ["--host", "127.0.0.1", "--port", "465", "--security", "tls", "--user", USER, "--ca-file", ca]

    subprocess.run([str(MAILSERVER), "start", str(Path(args.build) / "test-pki")], check=True,
                   stdout=subprocess.DEVNULL)
    try:
        rows = {"remitente-cli": {}, "Python email + smtplib": {}}
        small = work / "small.txt"
        small.write_text("hola\n")
        small_parts = parts[:-1] + [str(small)]
        baseline = statistics.median(measured([cli, "send"] + connection + small_parts, env)[1] for _ in range(3))
        python_baseline = statistics.median(measured([PYTHON, "-c", "import email, smtplib, ssl"])[1] for _ in range(3))
        for _ in range(args.runs):
            wall, rss, _ = measured([cli, "compose", "--output", str(work / "ours.eml")] + parts, env)
            rows["remitente-cli"].setdefault("compose", []).append((wall, rss))
            wall, rss, out = measured([PYTHON, str(Path(__file__).parent / "python_compose_send.py"), str(attachment),
                                       str(work / "python.eml")])
            rows["Python email + smtplib"].setdefault("compose", []).append((wall, rss, float(out)))
            wall, rss, _ = measured([cli, "send"] + connection + parts, env)
            rows["remitente-cli"].setdefault("send", []).append((wall, rss))
            wall, rss, _ = measured([PYTHON, str(Path(__file__).parent / "python_compose_send.py"), str(attachment), "-",
                                     "127.0.0.1", "465", ca, USER, PASSWORD])
            rows["Python email + smtplib"].setdefault("send", []).append((wall, rss))

        size = args.size_mb
        ours_compose = statistics.median(r[0] for r in rows["remitente-cli"]["compose"])
        python_encode = statistics.median(r[2] for r in rows["Python email + smtplib"]["compose"])
        python_compose = statistics.median(r[0] for r in rows["Python email + smtplib"]["compose"])
        print(f"A {size} MB attachment, median of {args.runs} runs; sending goes to Postfix on 127.0.0.1:465.\n")
        print("| | compose to file: wall s | MB/s | peak RSS MB | compose + send: wall s | peak RSS MB |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, data in rows.items():
            compose_wall = statistics.median(r[0] for r in data["compose"])
            compose_rss = max(r[1] for r in data["compose"])
            send_wall = statistics.median(r[0] for r in data["send"])
            send_rss = max(r[1] for r in data["send"])
            print(f"| {name} | {compose_wall:.2f} | {size / compose_wall:.0f} | {compose_rss:.0f} | {send_wall:.2f} "
                  f"| {send_rss:.0f} |")
        print(f"\nBaseline peak RSS: remitente-cli sending a 5-byte attachment {baseline:.0f} MB; Python importing email, smtplib, ssl "
              f"{python_baseline:.0f} MB.")
        print(f"remitente-cli sending {size} MB over its baseline: "
              f"{max(r[1] for r in rows['remitente-cli']['send']) - baseline:.0f} MB.")
        print(f"Encoding alone: Python's as_bytes() {python_encode:.2f} s ({size / python_encode:.0f} MB/s); "
              f"remitente-cli's whole compose process {ours_compose:.2f} s, {python_encode / ours_compose:.1f}x faster "
              f"than Python's encoding step ({python_compose / ours_compose:.1f}x process to process).")
    finally:
        subprocess.run([str(MAILSERVER), "stop"], stdout=subprocess.DEVNULL)
        for p in work.iterdir():
            p.unlink()
        work.rmdir()


if __name__ == "__main__":
    main()
