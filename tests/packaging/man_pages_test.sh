#!/usr/bin/env bash
# The man pages render with man's own checks (groff warnings) silent, and name the version of project().
# Usage: man_pages_test.sh VERSION PAGE...
set -uo pipefail
version=$1
shift
command -v man >/dev/null || { echo "FAILED: man is missing: install man-db (./scripts/deps.sh: need test)" >&2; exit 1; }
for page in "$@"; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>/dev/null)
    [ -z "$warnings" ] || { echo "FAILED: $page: $warnings" >&2; exit 1; }
    grep -q "Remitente $version" <<<"$text" || { echo "FAILED: $page does not name version $version" >&2; exit 1; }
    for section in NAME SYNOPSIS DESCRIPTION "EXIT STATUS" FILES ENVIRONMENT; do
        grep -q "^$section" <<<"$text" || { echo "FAILED: $page has no $section section" >&2; exit 1; }
    done
done
echo "man pages: $# rendered without warnings"
