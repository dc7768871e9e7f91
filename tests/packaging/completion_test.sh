#!/usr/bin/env bash
# The bash completion for remitente-cli completes commands, sub-commands and option values. bash-completion's
# _init_completion and _filedir are stood in for, so this runs where bash-completion is not installed.
set -uo pipefail
_init_completion() {
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
}
_filedir() { COMPREPLY+=(FILES); }
# shellcheck source=/dev/null
source "$1"
failures=0
expect() {
    local expected=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _remitente_cli
    local got="${COMPREPLY[*]}"
    if [ "$got" != "$expected" ]; then
        echo "FAILED: remitente-cli ${*:2} <TAB>: expected \"$expected\", got \"$got\"" >&2
        failures=$((failures + 1))
    fi
}
expect "queue" remitente-cli qu
expect "send sendmail" remitente-cli sen
expect "--version" remitente-cli --v
expect "retry remove run" remitente-cli queue r
expect "--watch" remitente-cli queue run --wa
expect "add list show edit set login remove snippet" remitente-cli account ""
expect "tls starttls none" remitente-cli send --security ""
expect "sending sent" remitente-cli queue list --state sen
expect "client" remitente-cli relay cl
expect "add list remove" remitente-cli relay client ""
expect "--wait" remitente-cli sendmail --wa
expect "test-email" remitente-cli test
expect "--confirm-delivery" remitente-cli test-email --conf
expect "--imap-host --imap-port --imap-security" remitente-cli account edit --imap
expect "tls starttls" remitente-cli account add --imap-security ""
expect "--for --relay-user --help" remitente-cli account snippet ana@example.test --
expect "python php prestashop" remitente-cli account snippet ana@example.test --for p
# Every program remitente-cli knows (its usage line, with no corrections in the config folders), in its order.
programs="python php node curl msmtp wordpress fluentsmtp joomla prestashop odoo hubspot zoho salesforce thunderbird"
if [ -n "${2:-}" ]; then
    empty=$(mktemp -d)
    usage=$(XDG_CONFIG_HOME=$empty XDG_CONFIG_DIRS=$empty XDG_DATA_HOME=$empty XDG_DATA_DIRS=$empty \
        "$2" account snippet 2>&1)
    rmdir "$empty"
    known=$(sed -n 's/.*--for \([a-z|-]*\).*/\1/p' <<<"$usage" | tr '|' ' ')
    if [ "$known" != "$programs" ]; then
        echo "FAILED: remitente-cli account snippet --for knows \"$known\", the test expects \"$programs\"" >&2
        failures=$((failures + 1))
    fi
fi
expect "$programs" remitente-cli account snippet ana@example.test --for ""
[ $failures -eq 0 ] && echo "completion: 18 cases passed"
exit $((failures > 0))
