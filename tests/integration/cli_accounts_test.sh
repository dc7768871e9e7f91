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

# test-email: the wizard's test email through the saved account, to its own address, then --to with --json.
mail="${REMITENTE_TEST_MAIL_DIR:-/tmp/remitente-test-mail}/mail/example.test"
delivered() { # MAILBOX MESSAGE-ID: the message arrived in that mailbox
    for _ in $(seq 100); do
        grep -rlqF "Message-ID: <$2>" "$mail/$1/new" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}
"$cli" test-email --account ana@example.test --ca-file "$ca" > "$out/test-email.txt" 2> "$out/test-email.err" \
    || fail "test-email: $(cat "$out/test-email.txt" "$out/test-email.err")"
grep -q "^sent" "$out/test-email.txt" || fail "test-email output: $(cat "$out/test-email.txt")"
grep -q "^The server accepted the test email to ana@example.test (Message-ID <" "$out/test-email.txt" \
    || fail "test-email words: $(cat "$out/test-email.txt")"
own=$(sed -n 's/.*(Message-ID <\(.*\)>).*/\1/p' "$out/test-email.txt")
delivered ana "$own" || fail "the test email did not reach ana's own mailbox ($own)"
grep -rlF "Message-ID: <$own>" "$mail/ana/new" | xargs grep -q "^Subject: Remitente test email" \
    || fail "not the wizard's test email"
"$cli" test-email --account "$id" --ca-file "$ca" --to bob@example.test --json > "$out/test-email.json" \
    || fail "test-email --to --json: $(cat "$out/test-email.json")"
to_bob=$(python3 -c "
import json; d = json.load(open('$out/test-email.json'))
assert d['command'] == 'test-email' and d['to'] == 'bob@example.test' and d['exitCode'] == 0, d
assert d['messages'][0]['outcome'] == 'sent' and d['messages'][0]['reply']['code'] == 250, d
print(d['messageId'])") || fail "test-email --json: $(cat "$out/test-email.json")"
delivered bob "$to_bob" || fail "the test email did not reach bob ($to_bob)"
# --confirm-delivery: the test email looked for in the account's own mailbox (Dovecot IMAP beside the Postfix;
# deliver.py writes erin's and fede's mail with the receiver's Authentication-Results, user+junk@ into junk).
for user in erin fede; do
    printf '%s\n' "$password" | "$cli" account add --address "$user@example.test" --host localhost --port 465 \
        --security tls --imap-host localhost --imap-port 10993 --imap-security tls --password-stdin > /dev/null \
        || fail "account add $user"
done
"$cli" test-email --account erin@example.test --ca-file "$ca" --confirm-delivery \
    > "$out/confirm.txt" 2> "$out/confirm.err" || fail "confirm-delivery exited $?: $(cat "$out/confirm.txt" "$out/confirm.err")"
grep -qE "^arrived inbox [0-9]+\.[0-9]$" "$out/confirm.txt" || fail "confirm-delivery inbox: $(cat "$out/confirm.txt")"
for line in "spf pass example.test" "dkim pass example.test" "dmarc pass example.test"; do
    grep -qx "$line" "$out/confirm.txt" || fail "no '$line' line: $(cat "$out/confirm.txt")"
done
set +e
"$cli" test-email --account fede@example.test --ca-file "$ca" --to fede+junk@example.test --confirm-delivery --json \
    > "$out/junk.json" 2> "$out/junk.err"
code=$?
set -e
[ "$code" = 1 ] || fail "test-email landing in junk exited $code, not 1: $(cat "$out/junk.json" "$out/junk.err")"
python3 -c "
import json; d = json.load(open('$out/junk.json'))
assert d['arrived'] == 'junk' and d['mailbox'] == 'Correo no deseado' and d['exitCode'] == 1, d
assert 'spf pass example.test' in d['authenticationResults'], d
assert d['advice'], d" || fail "junk --json: $(cat "$out/junk.json")"
printf '%s\n' "$password" | "$cli" account add --address carol@example.test --host localhost --port 465 \
    --security tls --imap-host localhost --imap-port 10993 --imap-security tls --password-stdin > /dev/null
set +e
"$cli" test-email --account carol@example.test --ca-file "$ca" --to bob@example.test --confirm-delivery \
    --arrival-limit 3 > "$out/notfound.txt" 2> "$out/notfound.err"
code=$?
set -e
[ "$code" = 75 ] || fail "a test email not in the mailbox exited $code, not 75: $(cat "$out/notfound.txt" "$out/notfound.err")"
grep -qE "^arrived not-found [3-9]\.[0-9]$" "$out/notfound.txt" || fail "not-found: $(cat "$out/notfound.txt")"
set +e
"$cli" test-email --account "$id" --ca-file "$ca" --port 1 > "$out/refused.txt" 2> "$out/refused.err"
code=$?
set -e
[ "$code" = 69 ] || fail "test-email to a closed port exited $code, not 69: $(cat "$out/refused.err")"

"$cli" account show "$id" --json > "$out/show.json"
python3 -c "import json,sys; a=json.load(open('$out/show.json')); assert a['address']=='ana@example.test' and a['port']==587, a"

# Through the outbox: stored first, then sent from there; failures stay for a retry.
queued="queue-test-$RANDOM$RANDOM"
"$cli" send --queue --account "$id" --ca-file "$ca" --to bob@example.test --subject "$queued" --body "hola" \
    > "$out/queue-send.txt" 2> "$out/queue-send.err" || fail "send --queue: $(cat "$out/queue-send.err")"
grep -Eq "^[0-9]+ queued$" "$out/queue-send.txt" || fail "send --queue output: $(cat "$out/queue-send.txt")"
grep -Eq "^[0-9]+ sent +$queued" "$out/queue-send.txt" || fail "send --queue result: $(cat "$out/queue-send.txt")"
"$cli" send --queue --later --account "$id" --to nobody@example.test --subject "later-$queued" --body "x" > "$out/later.txt"
later=$(cut -d' ' -f1 < "$out/later.txt")
"$cli" queue list --state queued | grep -q "^$later queued" || fail "queue list: $("$cli" queue list)"
if "$cli" queue run --ca-file "$ca" > "$out/run.txt"; then fail "queue run hid a refused recipient"; fi
grep -q "^$later failed" "$out/run.txt" || fail "queue run: $(cat "$out/run.txt")"
"$cli" queue retry "$later" | grep -q "^$later queued" || fail "queue retry"
"$cli" queue remove "$later" | grep -q "^$later removed" || fail "queue remove"
"$cli" queue list --search "$queued" --json | python3 -c "import json,sys; m=json.load(sys.stdin); assert len(m)==1 and m[0]['state']=='sent' and m[0]['reply'].startswith('250'), m"

# The secret is nowhere but the keychain (not in the config, the outputs, nor the outbox with its transcripts).
[ -f "$XDG_DATA_HOME/Remitente/Remitente/outbox.sqlite" ] || fail "the outbox is not where the scan looks"
grep -q "AUTH PLAIN <redacted>" "$XDG_DATA_HOME"/Remitente/Remitente/outbox.sqlite* || fail "no transcript in the outbox to scan"
encoded=$(printf '%s' "$password" | base64)
plain=$(printf '\0ana@example.test\0%s' "$password" | base64 -w0)
for needle in "$password" "$encoded" "$plain"; do
    if grep -rFq -- "$needle" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$out"; then
        fail "the password (or its base64) was found in: $(grep -rlF -- "$needle" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$out")"
    fi
done

for other in erin fede carol; do "$cli" account remove "$other@example.test" > /dev/null || fail "remove $other"; done
"$cli" account remove "$id" > "$out/remove.txt" || fail "remove"
[ -z "$("$cli" account list)" ] || fail "the account is still listed"
if "$cli" verify --account "$id" 2> "$out/gone.err"; then fail "verify of a removed account succeeded"; fi
echo "accounts: add, list, verify, send, test-email (--confirm-delivery: inbox, junk, not-found), send --queue, queue list/run/retry/remove, show, remove, and no secret outside the keychain: ok"
