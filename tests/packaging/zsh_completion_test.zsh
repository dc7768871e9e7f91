#!/usr/bin/env zsh
# The zsh completion for remitente-cli offers the commands, actions and option values. compadd, _describe, _files and
# _arguments are stood in for (recording what would be offered), so this runs without an interactive shell.
offered=()
compadd() { local a; for a in "$@"; do [[ $a == -- ]] || offered+=($a); done }
_describe() { local c; for c in ${(P)${@[-1]}}; do offered+=(${c%%:*}); done }
_files() { offered+=(FILES) }
_arguments() { offered+=(ARGUMENTS) }
words=(remitente-cli) CURRENT=2 service=remitente-cli PREFIX=
source $1
failures=0
expect() {
    local expected=$1 svc=$2
    shift 2
    words=("$@") CURRENT=$# service=$svc PREFIX=$words[-1] offered=()
    _remitente-cli
    # Only what matches what was typed, as zsh would show it.
    local shown=(${(M)offered:#${PREFIX}*})
    if [[ "$shown" != "$expected" ]]; then
        print -u2 "FAILED: $svc ${words[2,-1]} <TAB>: expected \"$expected\", got \"$shown\""
        (( failures++ ))
    fi
}
expect "queue" remitente-cli remitente-cli qu
expect "send sendmail" remitente-cli remitente-cli sen
expect "--version" remitente-cli remitente-cli --v
expect "retry remove run" remitente-cli remitente-cli queue r
expect "--watch" remitente-cli remitente-cli queue run --wa
expect "add list show edit set login remove snippet" remitente-cli remitente-cli account ""
expect "tls starttls none" remitente-cli remitente-cli send --security ""
expect "add list remove" remitente-cli remitente-cli relay client ""
expect "ARGUMENTS" remitente-sendmail remitente-sendmail ""
expect "--for --relay-user" remitente-cli remitente-cli account snippet ana@example.test --
expect "python php prestashop" remitente-cli remitente-cli account snippet ana@example.test --for p
expect "python php node curl msmtp wordpress fluentsmtp joomla prestashop odoo hubspot zoho salesforce thunderbird" \
    remitente-cli remitente-cli account snippet ana@example.test --for ""
(( failures == 0 )) && print "zsh completion: 12 cases passed"
exit $(( failures > 0 ))
