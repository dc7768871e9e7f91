#!/usr/bin/env bash
# A real DNS server (dnsmasq) on 127.0.0.2:53 serving the test zones, for discovery and domain-check tests,
# black-holed SMTP ports on 127.0.0.3 (blackhole.py) and an autoconfig HTTPS server on 127.0.0.1:443.
#   dnsserver.sh start PKI_DIR | stop
set -euo pipefail
base=${REMITENTE_TEST_DNS_DIR:-/tmp/remitente-test-dns}
here=$(dirname "$(readlink -f "$0")")

stop() {
    for pidfile in "$base/dnsmasq.pid" "$base/blackhole.pid" "$base/autoconfig.pid"; do
        if [ -f "$pidfile" ]; then
            kill "$(cat "$pidfile")" 2>/dev/null || true
            rm -f "$pidfile"
        fi
    done
}

case "${1:-}" in
    start)
        stop
        sleep 0.2
        mkdir -p "$base"
        dnsmasq --conf-file="$here/zones.conf" --pid-file="$base/dnsmasq.pid" --log-facility="$base/dnsmasq.log" \
            </dev/null >/dev/null 2>&1
        python3 "$here/blackhole.py" </dev/null >/dev/null 2>&1 &
        echo $! > "$base/blackhole.pid"
        pki=${2:?usage: dnsserver.sh start PKI_DIR}
        python3 "$here/autoconfig_server.py" "$pki/server.pem" "$pki/server.key" </dev/null >"$base/autoconfig.log" 2>&1 &
        echo $! > "$base/autoconfig.pid"
        for _ in $(seq 50); do
            if ss -lun 2>/dev/null | grep -q '127\.0\.0\.2:53\b' && ss -ltn 2>/dev/null | grep -q '127\.0\.0\.3:587\b' \
                && ss -ltn 2>/dev/null | grep -q '127\.0\.0\.1:443\b'; then
                echo "dnsserver: dnsmasq on 127.0.0.2:53, black holes on 127.0.0.3:465,587, autoconfig on 127.0.0.1:443"
                exit 0
            fi
            sleep 0.1
        done
        echo "dnsserver: dnsmasq did not start; see $base/dnsmasq.log" >&2
        exit 1 ;;
    stop) stop; echo "dnsserver: stopped" ;;
    *) echo "usage: $0 start|stop" >&2; exit 64 ;;
esac
