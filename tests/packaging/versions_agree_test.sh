#!/usr/bin/env bash
# One version: the newest release in the AppStream metainfo and in the package's changelog is project()'s.
# Usage: versions_agree_test.sh VERSION METAINFO CHANGELOG
set -uo pipefail
version=$1
release=$(grep -o '<release version="[^"]*"' "$2" | head -n1 | cut -d'"' -f2)
logged=$(head -n1 "$3" | sed -n 's/^remitente (\([^)]*\)).*/\1/p')
[ "$release" = "$version" ] || { echo "FAILED: the metainfo's newest release is \"$release\", project() says $version" >&2; exit 1; }
[ "$logged" = "$version" ] || { echo "FAILED: the changelog's newest entry is \"$logged\", project() says $version" >&2; exit 1; }
echo "versions agree: $version"
