#!/usr/bin/env bash
# A real DNS server (dnsmasq) on 127.0.0.2:53 serving the test zones, for discovery and domain-check tests.
#   dnsserver.sh start | stop
set -euo pipefail
base=${REMITENTE_TEST_DNS_DIR:-/tmp/remitente-test-dns}
here=$(dirname "$(readlink -f "$0")")

stop() {
    if [ -f "$base/dnsmasq.pid" ]; then
        kill "$(cat "$base/dnsmasq.pid")" 2>/dev/null || true
        rm -f "$base/dnsmasq.pid"
    fi
}

case "${1:-}" in
    start)
        stop
        mkdir -p "$base"
        dnsmasq --conf-file="$here/zones.conf" --pid-file="$base/dnsmasq.pid" --log-facility="$base/dnsmasq.log" \
            </dev/null >/dev/null 2>&1
        for _ in $(seq 50); do
            ss -lun 2>/dev/null | grep -q '127\.0\.0\.2:53\b' && { echo "dnsserver: dnsmasq on 127.0.0.2:53"; exit 0; }
            sleep 0.1
        done
        echo "dnsserver: dnsmasq did not start; see $base/dnsmasq.log" >&2
        exit 1 ;;
    stop) stop; echo "dnsserver: stopped" ;;
    *) echo "usage: $0 start|stop" >&2; exit 64 ;;
esac
