#!/usr/bin/env bash
# Real Postfix + Dovecot SASL on loopback for the integration tests and benchmarks, in a private instance that
# leaves the system's own configuration alone.
#   mailserver.sh start PKI_DIR   587 STARTTLS and 465 implicit TLS on 127.0.0.1, users below, Maildir delivery
#   mailserver.sh stop
# Users (domain example.test): ana, bob, carol with the password below (not ASCII, on purpose), and bench with
# an ASCII one (Python's smtplib, a benchmark peer, cannot send any other).
# Postfix's smtpd runs unchrooted so it can reach Dovecot's auth socket outside /var/spool/postfix.
set -euo pipefail

base=${REMITENTE_TEST_MAIL_DIR:-/tmp/remitente-test-mail}
password='Test-Passw0rd-ñ'
bench_password='Bench-Passw0rd'
users="ana bob carol bench"

stop() {
    if [ -f "$base/conf/main.cf" ]; then
        postfix -c "$base/conf" abort >/dev/null 2>&1 || true
    fi
    if [ -f "$base/dovecot/dovecot.conf" ]; then
        dovecot -c "$base/dovecot/dovecot.conf" stop >/dev/null 2>&1 || true
    fi
    # Wait for the listeners to go, so a new start can bind the ports.
    for _ in $(seq 50); do
        ss -ltn 2>/dev/null | grep -qE '127\.0\.0\.1:(587|465)\b' || return 0
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
    for port in 587 465; do
        if port_in_use $port; then
            echo "mailserver: port $port is already in use (another mail server?); stop it first." >&2
            exit 1
        fi
    done
    rm -rf "$base"
    mkdir -p "$base"/{conf,queue,data,mail,dovecot/run,dovecot/state}
    chmod 755 "$base" "$base/conf" "$base/queue" "$base/dovecot"
    chown postfix "$base/data"
    chown nobody:nogroup "$base/mail"

    # --- Dovecot: authentication only ---
    local passdb="$base/dovecot/users"
    : > "$passdb"
    for u in $users; do
        secret=$password
        [ "$u" = bench ] && secret=$bench_password
        printf '%s@example.test:{PLAIN}%s::::::\n' "$u" "$secret" >> "$passdb"
    done
    chmod 640 "$passdb"
    chgrp dovecot "$passdb"
    cat > "$base/dovecot/dovecot.conf" <<CONF
base_dir = $base/dovecot/run
state_dir = $base/dovecot/state
protocols =
log_path = $base/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $passdb
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
CONF
    dovecot -c "$base/dovecot/dovecot.conf" </dev/null >/dev/null 2>&1

    # --- Postfix ---
    {
        for u in $users; do printf '/^%s@example\\.test$/ example.test/%s/\n' "$u" "$u"; done
    } > "$base/conf/vmailbox"
    printf '/^(.*@example\\.test)$/ $1\n' > "$base/conf/sender_logins"
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
CONF
    postfix -c "$base/conf" check >/dev/null 2>&1 || postfix -c "$base/conf" check
    postfix -c "$base/conf" start >/dev/null 2>&1 || { cat "$base/postfix.log" >&2 2>/dev/null; exit 1; }

    for _ in $(seq 100); do
        if port_in_use 587 && port_in_use 465 && [ -S "$base/dovecot/auth-client" ]; then
            echo "mailserver: Postfix on 127.0.0.1:587 (STARTTLS) and :465 (TLS), Dovecot SASL; data in $base"
            return 0
        fi
        sleep 0.1
    done
    echo "mailserver: did not come up; logs:" >&2
    tail -20 "$base/postfix.log" "$base/dovecot.log" >&2 2>/dev/null || true
    exit 1
}

case "${1:-}" in
    start) start "${2:-}" ;;
    stop) stop; echo "mailserver: stopped" ;;
    *) echo "usage: $0 start PKI_DIR | stop" >&2; exit 64 ;;
esac
