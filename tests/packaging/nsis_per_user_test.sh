#!/usr/bin/env bash
# The Windows installer's recipe, checked here with NSIS's own compiler (makensis runs on Linux): a probe project
# that includes packaging/windows/PerUserNsis.cmake, packed by CPack's NSIS generator with the app's .ico. The
# installer must not ask for administrator rights, must install under %LOCALAPPDATA%\Programs and make shortcuts for
# the person only. (The programs themselves are not built for Windows here: docs/packaging.md.)
set -euo pipefail
source_dir=${1:?usage: nsis_per_user_test.sh SOURCE_DIR APP_ICO}
ico=${2:?}
fail() { echo "FAILED: $*" >&2; exit 1; }
command -v makensis > /dev/null || fail "makensis is missing (Debian package nsis, installed by scripts/deps.sh)"
[ -s "$ico" ] || fail "no app icon at $ico"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/probe"
echo "hola" > "$work/probe/hello.txt"
cat > "$work/probe/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(PerUserProbe VERSION 1.0 LANGUAGES NONE)
install(FILES hello.txt DESTINATION .)
set(CPACK_PACKAGE_NAME Probe)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Probe)
set(CPACK_NSIS_MUI_ICON "$ico")
set(CPACK_NSIS_MUI_UNIICON "$ico")
include("$source_dir/packaging/windows/PerUserNsis.cmake")
include(CPack)
CMAKE
cmake -S "$work/probe" -B "$work/build" > "$work/configure.log" 2>&1 || fail "configure: $(cat "$work/configure.log")"
(cd "$work/build" && cpack -G NSIS > "$work/cpack.log" 2>&1) || fail "cpack -G NSIS: $(tail -30 "$work/cpack.log")"
nsi=$(find "$work/build/_CPack_Packages" -name project.nsi | head -1)
[ -n "$nsi" ] || fail "no project.nsi"
grep -q "^ *RequestExecutionLevel user" "$nsi" || fail "the installer still asks for administrator rights"
if grep -q "RequestExecutionLevel admin\|SetShellVarContext all" "$nsi"; then fail "admin or all-users left in $nsi"; fi
grep -qF 'InstallDir "$LOCALAPPDATA\Programs\Probe"' "$nsi" || fail "install folder: $(grep InstallDir "$nsi")"
grep -qF "MUI_ICON \"$ico\"" "$nsi" || fail "the installer does not use the app icon"
installer=$(find "$work/build" -maxdepth 1 -name 'Probe-*.exe' | head -1)
[ -n "$installer" ] || fail "no installer was made: $(ls "$work/build")"
[ "$(head -c 2 "$installer")" = "MZ" ] || fail "$installer is not a Windows program"
# The icon itself: an ICO directory of PNG images at the sizes Windows uses.
python3 - "$ico" <<'PY' || fail "the .ico is not what Windows reads"
import struct, sys
data = open(sys.argv[1], "rb").read()
reserved, kind, count = struct.unpack_from("<HHH", data)
assert reserved == 0 and kind == 1 and count == 6, (reserved, kind, count)
sizes = []
for i in range(count):
    w, h, _, _, planes, bpp, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
    png = data[offset:offset + size]
    assert png[:8] == b"\x89PNG\r\n\x1a\n", i
    pw, ph = struct.unpack(">II", png[16:24])
    assert (w or 256) == pw == ph == (h or 256) and planes == 1 and bpp == 32, (w, h, pw, ph)
    sizes.append(pw)
assert sizes == [16, 24, 32, 48, 64, 256], sizes
PY
echo "per-user NSIS installer (no admin, %LOCALAPPDATA%\\Programs, the app's .ico with 6 sizes): ok"
