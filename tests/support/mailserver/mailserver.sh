#!/usr/bin/env bash
# Real Postfix + Dovecot SASL on loopback for the integration tests and benchmarks, in a private instance that
# leaves the system's own configuration alone, plus the test OAuth 2.0 authorization server Dovecot asks about tokens.
#   mailserver.sh start PKI_DIR   587 STARTTLS and 465 implicit TLS on 127.0.0.1, users below, Maildir delivery;
#                                 https://127.0.0.1:9443 the authorization server (tests/support/oauth/oauth_server.py)
#   mailserver.sh stop
# Users (domain example.test): ana, bob, carol, erin, fede with the password below (not ASCII, on purpose), and bench with
# an ASCII one (Python's smtplib, a benchmark peer, cannot send any other). dora@example.test signs in as plain
# "dora" (a user name that is not the address), with the first password.
# Postfix's smtpd runs unchrooted so it can reach Dovecot's auth socket outside /var/spool/postfix.
#
# Sign-in: AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER on both ports (587 after STARTTLS). PLAIN and LOGIN check the
# passwords (passwd-file passdb, mechanisms = plain login); XOAUTH2 and OAUTHBEARER check an access token from the
# authorization server (oauth2 passdb, mechanisms = xoauth2 oauthbearer): Dovecot POSTs token=... to
# https://127.0.0.1:9443/introspect (as client dovecot-introspect) and accepts the token when the answer says
# active: true and its username is the user= / a= the client sent. A refused token gets 334 with base64 JSON
# ({"status":"401","schemes":"bearer","scope":"mail"} for XOAUTH2, {"status":"invalid_token"} for OAUTHBEARER);
# after the client's empty line (XOAUTH2) or "AQ==" (OAUTHBEARER) the answer is 535 5.7.8.
# Authorization server (see the top of oauth_server.py for every endpoint and admin key):
#   base https://127.0.0.1:9443 (test CA PKI_DIR/ca.pem), client_id remitente-test-client (public; secret, if sent,
#   test-secret), /authorize /token /devicecode /revoke /introspect, admin: /admin/config /admin/revoke-user
#   /admin/device /admin/issue /admin/stats /admin/reset; tests/support/oauth/providers-test.json is a
#   providers.json entry for it. Its log: $base/oauth-server.log.
# Postfix's line_length_limit is raised (see main.cf below) so an AUTH line with a long token is never cut here.
#
# IMAP (proof of delivery, issue 16): the same Dovecot serves the Maildir over IMAP on 127.0.0.1:10143 (STARTTLS)
# and :10993 (implicit TLS), same users, passwords and tokens, IDLE offered. erin@ and fede@example.test are the
# "inspected" users: Postfix hands their mail to deliver.py (beside this script), which adds an
# Authentication-Results header and spam headers, puts messages marked for it into the junk folder (SPECIAL-USE
# \Junk: "Spam" for erin, "Correo no deseado" for fede) and can delay a delivery; see the top of deliver.py for
# the X-Test-* headers a test uses. Each landing is logged in $base/deliveries.log. The other users' mail goes
# straight to their Maildir as before (tests count it in new/).
set -euo pipefail

base=${REMITENTE_TEST_MAIL_DIR:-/tmp/remitente-test-mail}
password='Test-Passw0rd-ñ'
bench_password='Bench-Passw0rd'
users="ana bob carol bench erin fede"
inspected="erin fede"
imap_port=10143
imaps_port=10993
here=$(dirname "$(readlink -f "$0")")
oauth_port=9443

stop() {
    if [ -f "$base/conf/main.cf" ]; then
        postfix -c "$base/conf" abort >/dev/null 2>&1 || true
    fi
    if [ -f "$base/dovecot/dovecot.conf" ]; then
        dovecot -c "$base/dovecot/dovecot.conf" stop >/dev/null 2>&1 || true
    fi
    # The authorization server last: Dovecot may still be asking it.
    if [ -f "$base/oauth-server.pid" ]; then
        kill "$(cat "$base/oauth-server.pid")" 2>/dev/null || true
        rm -f "$base/oauth-server.pid"
    fi
    # One whose pid file went with an earlier run's data (a killed run): the process listening on the port, if it
    # is an oauth_server.py.
    local pid
    for pid in $(ss -ltnpH "sport = :$oauth_port" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u); do
        if tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'oauth/oauth_server\.py'; then
            kill "$pid" 2>/dev/null || true
        fi
    done
    # Wait for the listeners to go, so a new start can bind the ports.
    for _ in $(seq 50); do
        ss -ltn 2>/dev/null | grep -qE "127\.0\.0\.1:(587|465|$oauth_port|$imap_port|$imaps_port)\b" || return 0
        sleep 0.1
    done
}

port_in_use() {
    ss -ltn 2>/dev/null | grep -qE "127\.0\.0\.1:$1\b|\*:$1\b|0\.0\.0\.0:$1\b"
}

start() {
    local pki=${1:?usage: mailserver.sh start PKI_DIR}
    pki=$(readlink -f "$pki")
    stop
    for port in 587 465 $oauth_port $imap_port $imaps_port; do
        if port_in_use $port; then
            echo "mailserver: port $port is already in use (another mail server?); stop it first." >&2
            exit 1
        fi
    done
    rm -rf "$base"
    mkdir -p "$base"/{conf,queue,data,mail,dovecot/run,dovecot/state}
    chmod 755 "$base" "$base/conf" "$base/queue" "$base/dovecot"
    chown postfix "$base/data"
    # The inspected users' Maildirs and junk folders exist before anything is delivered (Dovecot lists them).
    mkdir -p "$base/mail/example.test/erin/.Spam"/{cur,new,tmp} \
             "$base/mail/example.test/fede/.Correo no deseado"/{cur,new,tmp} \
             "$base/mail/example.test/erin"/{cur,new,tmp} "$base/mail/example.test/fede"/{cur,new,tmp}
    chown -R nobody:nogroup "$base/mail"
    install -m 755 "$here/deliver.py" "$base/deliver.py"
    : > "$base/deliveries.log"
    chown nobody:nogroup "$base/deliveries.log"

    # --- The OAuth 2.0 authorization server, before Dovecot (its oauth2 passdb introspects tokens there) ---
    /usr/bin/python3 "$here/../oauth/oauth_server.py" --pki "$pki" --port $oauth_port --log "$base/oauth-server.log" \
        </dev/null >>"$base/oauth-server.log" 2>&1 &
    echo $! > "$base/oauth-server.pid"
    for _ in $(seq 100); do
        port_in_use $oauth_port && break
        if ! kill -0 "$(cat "$base/oauth-server.pid")" 2>/dev/null; then
            echo "mailserver: the OAuth server did not start; its log:" >&2
            cat "$base/oauth-server.log" >&2
            exit 1
        fi
        sleep 0.1
    done

    # --- Dovecot: authentication (for Postfix) and IMAP ---
    local passdb="$base/dovecot/users"
    : > "$passdb"
    for u in $users; do
        secret=$password
        [ "$u" = bench ] && secret=$bench_password
        printf '%s@example.test:{PLAIN}%s::::::\n' "$u" "$secret" >> "$passdb"
    done
    printf 'dora:{PLAIN}%s::::::\n' "$password" >> "$passdb"
    chmod 640 "$passdb"
    chgrp dovecot "$passdb"
    # No auth cache (Dovecot's default), so a revoked token is refused at once.
    cat > "$base/dovecot/dovecot-oauth2.conf.ext" <<CONF
introspection_mode = post
introspection_url = https://127.0.0.1:$oauth_port/introspect
client_id = dovecot-introspect
client_secret = introspect-secret
tls_ca_cert_file = $pki/ca.pem
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 10000
# Dovecot drops its idle connection before the server's own 15-second idle timeout would (Dovecot does not retry
# a request that meets a connection the server just closed).
max_idle_time_msecs = 5000
CONF
    chmod 640 "$base/dovecot/dovecot-oauth2.conf.ext"
    chgrp dovecot "$base/dovecot/dovecot-oauth2.conf.ext"
    cat > "$base/dovecot/dovecot.conf" <<CONF
base_dir = $base/dovecot/run
state_dir = $base/dovecot/state
protocols = imap
listen = 127.0.0.1
log_path = $base/dovecot.log
ssl = yes
ssl_cert = <$pki/server.pem
ssl_key = <$pki/server.key
mail_location = maildir:$base/mail/example.test/%n
# New mail is noticed within a second in IDLE even where inotify does not reach.
mailbox_idle_check_interval = 1 secs
namespace inbox {
  inbox = yes
  mailbox Spam {
    special_use = \\Junk
  }
  mailbox "Correo no deseado" {
    special_use = \\Junk
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps_port
    ssl = yes
  }
}
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
# Why a sign-in failed ("Introspection failed: ..."), in dovecot.log; never the password or token.
auth_verbose = yes
# Passwords only for PLAIN and LOGIN, tokens only for XOAUTH2 and OAUTHBEARER (passdb "mechanisms", Dovecot 2.3).
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u $passdb
}
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $base/dovecot/dovecot-oauth2.conf.ext
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}
service auth {
  unix_listener $base/dovecot/auth-client {
    mode = 0666
  }
}
# No authentication penalty: Dovecot delays every request from an IP (here always 127.0.0.1) by 2, 4, 8 up to 15
# seconds after failed ones, which would make each test's refusals slow down the next tests (and make Postfix give
# up with "454 4.7.0 ... Connection lost to authentication server"). A listener the auth process cannot open
# turns it off (Dovecot's documented way).
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
CONF
    dovecot -c "$base/dovecot/dovecot.conf" </dev/null >/dev/null 2>&1

    # --- Postfix ---
    {
        # The inspected users also take user+junk@ (see deliver.py), so a test email can be steered by its address.
        for u in $inspected; do printf '/^%s\\+junk@example\\.test$/ example.test/%s/\n' "$u" "$u"; done
        for u in $users dora; do printf '/^%s@example\\.test$/ example.test/%s/\n' "$u" "$u"; done
    } > "$base/conf/vmailbox"
    printf '/^dora@example\\.test$/ dora\n/^(.*@example\\.test)$/ $1\n' > "$base/conf/sender_logins"
    for u in $inspected; do printf '/^%s(\\+junk)?@example\\.test$/ inspect:\n' "$u"; done > "$base/conf/transport"
    cat > "$base/conf/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $base/queue
data_directory = $base/data
maillog_file = $base/postfix.log
maillog_file_prefixes = $base
mail_owner = postfix
setgid_group = postdrop
myhostname = mail.example.test
mydomain = example.test
myorigin = \$mydomain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 192.0.2.1/32
alias_maps =
alias_database =
biff = no
append_dot_mydomain = no
smtpd_banner = \$myhostname ESMTP
message_size_limit = 52428800
virtual_mailbox_limit = 0
default_transport = error:no mail leaves this test server
relay_transport = error:no mail leaves this test server
virtual_mailbox_domains = example.test
virtual_mailbox_base = $base/mail
virtual_mailbox_maps = regexp:$base/conf/vmailbox
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
virtual_minimum_uid = 100
transport_maps = regexp:$base/conf/transport
inspect_destination_recipient_limit = 1
smtpd_tls_cert_file = $pki/server.pem
smtpd_tls_key_file = $pki/server.key
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = $base/dovecot/auth-client
smtpd_sasl_auth_enable = no
smtpd_sender_login_maps = regexp:$base/conf/sender_logins
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 1000
smtpd_hard_error_limit = 1000
smtpd_client_connection_rate_limit = 0
anvil_rate_time_unit = 60s
# Long AUTH lines. An OAuth access token can exceed 4 KiB (Microsoft's do), and a client that sends it as the
# initial response puts it all on the AUTH line: "AUTH XOAUTH2 <base64>", about 6,700 characters for a 5,000-
# character token. Postfix reads command lines up to line_length_limit (default 2048) and skips the rest, so with
# the default the token arrives cut ("request longer than 2048" here, "535 5.7.8 ... Invalid base64 data in initial
# response" to the client); a 334 continuation is read up to smtpd_sasl_response_limit (default 12288). Real
# submission servers (Outlook, Gmail) take such lines, and these tests must show that our client never cuts a
# token, not this server's defaults: both are raised here, in the test configuration only.
line_length_limit = 32768
smtpd_sasl_response_limit = 32768
CONF
    cat > "$base/conf/master.cf" <<CONF
127.0.0.1:587 inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
127.0.0.1:465 inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
inspect   unix  -       n       n       -       -       pipe
  flags=q user=nobody argv=/usr/bin/python3 $base/deliver.py $base/mail/example.test \${user} \${sender}
CONF
    postfix -c "$base/conf" check >/dev/null 2>&1 || postfix -c "$base/conf" check
    postfix -c "$base/conf" start >/dev/null 2>&1 || { cat "$base/postfix.log" >&2 2>/dev/null; exit 1; }

    for _ in $(seq 100); do
        if port_in_use 587 && port_in_use 465 && port_in_use $imap_port && port_in_use $imaps_port \
            && [ -S "$base/dovecot/auth-client" ]; then
            echo "mailserver: Postfix on 127.0.0.1:587 (STARTTLS) and :465 (TLS), Dovecot SASL and IMAP on" \
                 ":$imap_port (STARTTLS) and :$imaps_port (TLS), OAuth server https://127.0.0.1:$oauth_port;" \
                 "data in $base"
            return 0
        fi
        sleep 0.1
    done
    echo "mailserver: did not come up; logs:" >&2
    tail -20 "$base/postfix.log" "$base/dovecot.log" "$base/oauth-server.log" >&2 2>/dev/null || true
    exit 1
}

case "${1:-}" in
    start) start "${2:-}" ;;
    stop) stop; echo "mailserver: stopped" ;;
    *) echo "usage: $0 start PKI_DIR | stop" >&2; exit 64 ;;
esac
