#!/usr/bin/env python3
"""Time from an email address to confirmed settings (`remitente-cli detect`), for: a catalogue domain (no
network), a domain found by autoconfig over HTTPS, and a domain found only by probing where two of the guessed
hosts are black holes (they accept TCP and never answer). Beside it, the slowest single successful probe:
`remitente-cli verify` without sign-in against each server that answers. Local dnsmasq and Postfix.

  tests/bench/discovery_bench.py [--build build] [--runs 5]
"""
import argparse
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUPPORT = ROOT / "tests/support"


def timed(command):
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result.stdout.decode()} {result.stderr.decode()}")
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=str(ROOT / "build"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cli = str(Path(args.build) / "app/remitente-cli")
    pki = Path(args.build) / "test-pki"
    ca = str(pki / "ca.pem")
    subprocess.run([str(SUPPORT / "mailserver/mailserver.sh"), "start", str(pki)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(SUPPORT / "dns/dnsserver.sh"), "start", str(pki)], check=True, stdout=subprocess.DEVNULL)
    try:
        detect = [cli, "detect", "--dns-server", "127.0.0.2", "--ca-file", ca, "--timeout", "20"]
        cases = {
            "catalogue (ana@gmail.com)": detect + ["ana@gmail.com"],
            "autoconfig (ana@auto.test)": detect + ["ana@auto.test"],
            "probing, 2 black holes (ana@guess.test)": detect + ["ana@guess.test"],
        }
        probes = {
            "probe 127.0.0.1:465 tls": [cli, "verify", "--host", "127.0.0.1", "--port", "465", "--ca-file", ca],
            "probe 127.0.0.1:587 starttls": [cli, "verify", "--host", "127.0.0.1", "--port", "587", "--security",
                                             "starttls", "--ca-file", ca],
        }
        for command in list(cases.values()) + list(probes.values()):
            timed(command)  # warm-up
        results = {}
        for _ in range(args.runs):
            for name, command in {**cases, **probes}.items():
                results.setdefault(name, []).append(timed(command))
        print(f"Address to confirmed settings, median of {args.runs} runs (whole process, ms):\n")
        print("| case | ms |")
        print("|---|---:|")
        for name in results:
            print(f"| {name} | {statistics.median(results[name]):.0f} |")
        slowest_probe = max(statistics.median(results[name]) for name in probes)
        guess = statistics.median(results["probing, 2 black holes (ana@guess.test)"])
        print(f"\nProbing with black holes took {guess:.0f} ms against {slowest_probe:.0f} ms for the slowest single "
              f"successful probe ({(guess / slowest_probe - 1) * 100:+.0f}%); the probe timeout is 8 s.")
    finally:
        subprocess.run([str(SUPPORT / "dns/dnsserver.sh"), "stop"], stdout=subprocess.DEVNULL)
        subprocess.run([str(SUPPORT / "mailserver/mailserver.sh"), "stop"], stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
