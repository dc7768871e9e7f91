# Sourced by the other scripts: installs the Debian packages a step needs, only when they are missing.
# Usage: need build | app | test | bench | fuzz | screenshots   (several at once are fine)

packages_build="cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
                qtkeychain-qt6-dev libqt6sql6-sqlite qt6-svg-dev libssl-dev"
packages_app="qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core"
packages_test="libgtest-dev libgmock-dev clang-format openssl postfix dovecot-core dovecot-imapd iproute2 python3 dbus gnome-keyring
               swaks curl php-cli git git-email libmailtools-perl libphp-phpmailer nodejs node-nodemailer msmtp
               dnsmasq-base desktop-file-utils appstream man-db debootstrap zsh nsis"
packages_bench="msmtp swaks curl python3 libnet-ssleay-perl libio-socket-ssl-perl time"
packages_fuzz="clang libclang-rt-14-dev"
packages_screenshots="xvfb xauth x11-apps imagemagick"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

need() {
    local wanted="" missing=() group package
    for group in "$@"; do
        eval "wanted=\"\$wanted \$packages_$group\""
    done
    for package in $wanted; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    # Postfix asks how to configure itself; the tests run their own private instance, so: no configuration.
    echo "postfix postfix/main_mailer_type select No configuration" | as_root debconf-set-selections
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >/tmp/remitente-apt.log 2>&1; then
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
            >/tmp/remitente-apt.log 2>&1 || { tail -20 /tmp/remitente-apt.log >&2; return 1; }
    fi
}

# Configures (once) and builds the default preset in build/.
build() {
    if [ ! -f build/build.ninja ]; then
        cmake --preset default >/dev/null
    fi
    cmake --build --preset default
}
