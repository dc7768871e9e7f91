#!/usr/bin/env bash
# remitente-cli account add/list/show/remove and send/verify --account, against the local Postfix, with the
# password in a real gnome-keyring (run through tests/support/keyring/with-keyring.sh). Afterwards, the test
# password must appear nowhere: not in the config folder, not in any output or transcript.
set -euo pipefail
cli=${1:?usage: cli_accounts_test.sh REMITENTE_CLI CA_FILE}
ca=${2:?}
password='Test-Passw0rd-ñ'
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

id=$(printf '%s\n' "$password" | "$cli" account add --address ana@example.test --name "Ana Pérez" \
       --host localhost --port 587 --security starttls --password-stdin 2>"$out/add.err")
[[ $id =~ ^[0-9a-f-]{36}$ ]] || fail "account add printed no id: $id $(cat "$out/add.err")"

"$cli" account list > "$out/list1.txt"
grep -q "ana@example.test  localhost:587 starttls  not verified" "$out/list1.txt" || fail "list: $(cat "$out/list1.txt")"

"$cli" verify --account ana@example.test --ca-file "$ca" --to bob@example.test --transcript \
    > "$out/verify.txt" 2> "$out/verify.err" || fail "verify --account: $(cat "$out/verify.err")"
grep -q "^verified" "$out/verify.txt" || fail "verify output: $(cat "$out/verify.txt")"
"$cli" account list | grep -q "verified 20" || fail "verified-at was not recorded"

marker="account-test-$RANDOM$RANDOM"
"$cli" send --account "$id" --ca-file "$ca" --to bob@example.test --subject "$marker" --body "hola" --transcript \
    > "$out/send.txt" 2> "$out/send.err" || fail "send --account: $(cat "$out/send.err")"
grep -q "^sent" "$out/send.txt" || fail "send output: $(cat "$out/send.txt")"
for _ in $(seq 100); do
    grep -rlq "$marker" "${REMITENTE_TEST_MAIL_DIR:-/tmp/remitente-test-mail}/mail/example.test/bob/new" && break
    sleep 0.1
done
grep -rlq "$marker" "${REMITENTE_TEST_MAIL_DIR:-/tmp/remitente-test-mail}/mail/example.test/bob/new" || fail "not delivered"

"$cli" account show "$id" --json > "$out/show.json"
python3 -c "import json,sys; a=json.load(open('$out/show.json')); assert a['address']=='ana@example.test' and a['port']==587, a"

# The secret is nowhere but the keychain.
encoded=$(printf '%s' "$password" | base64)
plain=$(printf '\0ana@example.test\0%s' "$password" | base64 -w0)
for needle in "$password" "$encoded" "$plain"; do
    if grep -rFq -- "$needle" "$XDG_CONFIG_HOME" "$out"; then
        fail "the password (or its base64) was found in: $(grep -rlF -- "$needle" "$XDG_CONFIG_HOME" "$out")"
    fi
done

"$cli" account remove "$id" > "$out/remove.txt" || fail "remove"
[ -z "$("$cli" account list)" ] || fail "the account is still listed"
if "$cli" verify --account "$id" 2> "$out/gone.err"; then fail "verify of a removed account succeeded"; fi
echo "accounts: add, list, verify, send, show, remove, and no secret outside the keychain: ok"
