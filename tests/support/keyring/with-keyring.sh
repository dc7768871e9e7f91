#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring (Secret Service), in a throw-away
# data folder, so keychain tests use the real QtKeychain path without touching anyone's keyring.
#   with-keyring.sh COMMAND [ARGS...]
# With REMITENTE_KEYRING_LOCKED=1 the keyring is started but never unlocked (and no prompt can be shown).
set -euo pipefail
home=$(mktemp -d /tmp/remitente-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run XDG_CONFIG_HOME=$home/config
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
    # Without --unlock the daemon would try to show a password prompt.
    if [ "${REMITENTE_KEYRING_LOCKED:-0}" = 1 ]; then
        eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
    else
        eval "$(printf pass | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    fi
    export GNOME_KEYRING_CONTROL
    exec "$@"' with-keyring "$@"
