#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring (Secret Service), in a throw-away
# data folder, so keychain tests use the real QtKeychain path without touching anyone's keyring.
#   with-keyring.sh COMMAND [ARGS...]
# With REMITENTE_KEYRING_LOCKED=1 the keyring is started but never unlocked (and no prompt can be shown).
# The daemon detaches from us and does not always leave with its D-Bus session, so it is started without our open
# descriptors (a daemon that kept the caller's flock descriptor held the shared test lock forever) and stopped here
# when the command ends.
set -euo pipefail
home=$(mktemp -d /tmp/remitente-keyring.XXXXXX)

stop_keyring_daemons() {
    local environ pid
    for environ in /proc/[0-9]*/environ; do
        pid=${environ#/proc/}
        pid=${pid%/environ}
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = gnome-keyring-d ] || continue
        if tr "\0" "\n" 2>/dev/null <"$environ" | grep -qxF "HOME=$home"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
}
session=
trap 'stop_keyring_daemons; rm -rf "$home"' EXIT
# A signal to this script reaches the whole D-Bus session and the command at once (bash would run a trap only
# after the command ended), then the clean-up above runs.
for signal in TERM INT HUP; do
    # shellcheck disable=SC2064
    trap "[ -n \"\$session\" ] && kill -$signal -- -\$session 2>/dev/null; wait; exit \$((128 + \$(kill -l $signal)))" $signal
done

export HOME=$home XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run XDG_CONFIG_HOME=$home/config
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
set +e
setsid dbus-run-session -- bash -c '
    start_daemon() {
        local fd
        for fd in /proc/$BASHPID/fd/*; do
            fd=${fd##*/}
            if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
        done
        # Without --unlock the daemon would try to show a password prompt.
        if [ "${REMITENTE_KEYRING_LOCKED:-0}" = 1 ]; then
            gnome-keyring-daemon --start --components=secrets 2>/dev/null
        else
            printf pass | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null
        fi
    }
    eval "$(start_daemon)"
    export GNOME_KEYRING_CONTROL
    exec "$@"' with-keyring "$@" <&0 &
session=$!
wait "$session"
status=$?
exit "$status"
