#!/usr/bin/env bash
# Validates the desktop file or the AppStream metainfo with the freedesktop tools; any warning fails.
# Usage: validate_metadata.sh desktop|appstream FILE
set -uo pipefail
kind=$1
file=$2
case $kind in
    desktop) tool=desktop-file-validate package=desktop-file-utils ;;
    appstream) tool=appstreamcli package=appstream ;;
    *) echo "unknown kind $kind" >&2; exit 2 ;;
esac
if ! command -v $tool >/dev/null; then
    echo "FAILED: $tool is missing, so $file was not validated: install $package (./scripts/deps.sh: need test)" >&2
    exit 1
fi
if [ $kind = desktop ]; then
    out=$(desktop-file-validate "$file" 2>&1)
    status=$?
    # It exits 0 on warnings and hints: every line it prints counts.
    [ $status -eq 0 ] && [ -z "$out" ] || { echo "$out" >&2; echo "FAILED: desktop-file-validate $file" >&2; exit 1; }
else
    # --strict: warnings and infos fail too (only pedantic notes, such as the upper case of the reverse-DNS id, pass).
    appstreamcli validate --no-net --strict "$file" || { echo "FAILED: appstreamcli validate $file" >&2; exit 1; }
fi
echo "$file: valid ($tool)"
