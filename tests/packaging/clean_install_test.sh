#!/usr/bin/env bash
# Installs the Debian package into a clean Debian 12 (debootstrap --variant=minbase bookworm) and runs it there:
# remitente-cli --version, man -w, queue list (the Qt SQLite driver is present) and the app offscreen, started with
# its desktop file's Exec, up to its first paint; then apt-get purge, which must leave the person's outbox alone.
# The mirror comes from this machine's apt sources (never from the repository). The base system is kept in
# /var/cache/remitente-test (and the downloaded .debs), so reruns are quick.
# Usage: clean_install_test.sh remitente_<version>_amd64.deb <version>
set -euo pipefail

deb=$(realpath "$1")
version=$2
cache=${REMITENTE_TEST_CACHE:-/var/cache/remitente-test}

fail() {
    echo "clean-install: FAILED: $*" >&2
    exit 1
}
[ -f "$deb" ] || fail "no package at $1: build it with ./scripts/package"
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot, mount)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: ./scripts/deps.sh installs it (need test)"

# The machine's own Debian mirror: the first deb.debian.org-style URI serving bookworm in its apt sources.
mirror=$(
    {
        [ -f /etc/apt/sources.list ] && awk '$1 == "deb" && $3 ~ /^bookworm$/ { print $2 }' /etc/apt/sources.list
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] && awk 'BEGIN { RS = ""; FS = "\n" }
                /Suites:[^\n]*bookworm( |$|\n)/ && /Types:[^\n]*deb( |$|\n)/ {
                    for (i = 1; i <= NF; i++) if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, u, " "); print u[1] }
                }' "$f"
        done
        for f in /etc/apt/sources.list.d/*.list; do
            [ -f "$f" ] && awk '$1 == "deb" && $3 ~ /^bookworm$/ { print $2 }' "$f"
        done
    } | grep -v security | head -n1
) || true
[ -n "$mirror" ] || fail "no Debian bookworm mirror in /etc/apt/sources.list or /etc/apt/sources.list.d"
echo "clean-install: mirror $mirror"

base=$cache/bookworm-base
mkdir -p "$cache/archives/partial"
if [ ! -x "$base/usr/bin/apt-get" ]; then
    echo "clean-install: making the base system in $base (once; minutes)"
    rm -rf "$base.partial"
    debootstrap --variant=minbase bookworm "$base.partial" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
        fail "debootstrap could not make a Debian 12 system (see $cache/debootstrap.log)"
    mv "$base.partial" "$base"
fi

root=$(mktemp -d /var/tmp/remitente-clean-install.XXXXXX)
mounted=()
cleanup() {
    local m
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[i]}" 2>/dev/null || true
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
cp -a "$base/." "$root/"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounted+=("$root/var/cache/apt/archives")
# The same Debian sources as this machine (main, updates, security): the package was built against them.
rm -f "$root/etc/apt/sources.list"
cp /etc/apt/sources.list "$root/etc/apt/" 2>/dev/null || true
for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -q "debian" "$f" && cp "$f" "$root/etc/apt/sources.list.d/"
done
[ -s "$root/etc/apt/sources.list" ] || ls "$root/etc/apt/sources.list.d/"* >/dev/null 2>&1 ||
    echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

in_root apt-get update -qq >"$root/tmp/apt.log" 2>&1 || { cat "$root/tmp/apt.log" >&2; fail "apt-get update"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" man-db >>"$root/tmp/apt.log" 2>&1 ||
    { tail -30 "$root/tmp/apt.log" >&2; fail "apt-get install of the package"; }
echo "clean-install: installed $(basename "$deb") and man-db with apt-get into a clean Debian 12"

out=$(in_root remitente-cli --version) || fail "remitente-cli --version"
[ "$out" = "remitente-cli $version" ] || fail "remitente-cli --version said \"$out\", expected \"remitente-cli $version\""
out=$(in_root remitente --version) || fail "remitente --version"
[ "$out" = "remitente $version" ] || fail "remitente --version said \"$out\""
echo "clean-install: --version: $out"

page=$(in_root man -w remitente-cli) || fail "man -w remitente-cli found no man page"
echo "clean-install: man -w remitente-cli: $page"
in_root man -w remitente >/dev/null || fail "man -w remitente found no man page"
in_root man -w remitente-sendmail >/dev/null || fail "man -w remitente-sendmail found no man page"

in_root sh -c 'mkdir -p /tmp/run && chmod 700 /tmp/run'
out=$(in_root env XDG_RUNTIME_DIR=/tmp/run remitente-cli queue list 2>&1) ||
    fail "remitente-cli queue list: $out"
echo "clean-install: queue list: ${out:-(empty outbox)}"
[ -f "$root/root/.local/share/Remitente/Remitente/outbox.sqlite" ] ||
    fail "queue list made no outbox.sqlite (is the Qt SQLite driver there?)"

desktop=$root/usr/share/applications/io.github.remitente.Remitente.desktop
[ -f "$desktop" ] || fail "no desktop file at /usr/share/applications/io.github.remitente.Remitente.desktop"
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n1 | sed 's/ *%[fFuUick]//g')
[ -n "$exec_line" ] || fail "the desktop file has no Exec"
# The app offscreen, up to its first paint ("painted" from REMITENTE_REPORT_FIRST_PAINT), then ended.
in_root env XDG_RUNTIME_DIR=/tmp/run QT_QPA_PLATFORM=offscreen REMITENTE_REPORT_FIRST_PAINT=1 \
    $exec_line >"$root/tmp/app.out" 2>"$root/tmp/app.err" &
app=$!
for _ in $(seq 1 300); do
    grep -q '^painted$' "$root/tmp/app.out" && break
    kill -0 $app 2>/dev/null || break
    sleep 0.2
done
painted=no
grep -q '^painted$' "$root/tmp/app.out" && painted=yes
pkill -TERM -P $app 2>/dev/null || true
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
if [ $painted != yes ]; then
    cat "$root/tmp/app.out" "$root/tmp/app.err" >&2
    fail "the app ($exec_line) did not paint its first window offscreen within 60 s"
fi
echo "clean-install: the app ($exec_line) painted its first window offscreen"

[ -f "$root/usr/share/doc/remitente/changelog.gz" ] || fail "no /usr/share/doc/remitente/changelog.gz"
# The field guides and snippet templates, which can be corrected there without a rebuild.
for data in guides.json snippets/python.py snippets/php.php snippets/node.js snippets/curl.sh snippets/msmtp.msmtprc; do
    [ -f "$root/usr/share/remitente/$data" ] || fail "no /usr/share/remitente/$data"
done
# Uninstalling, even purging, leaves the person's data alone.
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq remitente >>"$root/tmp/apt.log" 2>&1 ||
    fail "apt-get purge remitente"
[ ! -e "$root/usr/bin/remitente-cli" ] || fail "apt-get purge left /usr/bin/remitente-cli"
[ -f "$root/root/.local/share/Remitente/Remitente/outbox.sqlite" ] || fail "apt-get purge removed the outbox"
echo "clean-install: apt-get purge remitente removed the programs and left the outbox"
echo "clean-install: passed"
