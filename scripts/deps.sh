#!/usr/bin/env bash
# Installs the Debian 12 packages MetaDesk needs, and only those missing, so a second run costs
# one dpkg query. Sourced by run.sh and test.sh; takes "build", "run" or "test" as the purpose.
set -euo pipefail

metadesk_packages() {
    local purpose=$1
    local build=(cmake ninja-build g++ pkg-config
        qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
        qtkeychain-qt6-dev libmicrohttpd-dev libpq-dev
        libqt6sql6-sqlite libsqlite3-dev libsecret-1-0 libgl-dev fonts-dejavu-core
        libqt6svg6 qt6-translations-l10n)
    # libmicrohttpd-dev: the server's HTTP layer (docs/SERVER.md says why not QHttpServer).
    # libpq-dev: the server's PostgreSQL backend (docs/SERVER.md, "Storage backends").
    # libqt6svg6: the SVG icon engine that draws the icons (a run-time plugin; nothing links it).
    # qt6-translations-l10n: Qt's own texts (standard buttons, shortcuts, --help) in German.
    # desktop-file-utils, appstream: test_install validates the .desktop and metainfo files.
    # clang, libclang-rt-dev: the libFuzzer build of scripts/fuzz.sh, which test.sh runs.
    # postgresql: the throw-away clusters the PostgreSQL tests start (tests/support/PostgresCluster).
    # nginx, openssl: test_scale_out runs deploy/nginx/metadesk.conf with a certificate it makes.
    local test=(xvfb xauth gnome-keyring dbus dbus-x11 curl sqlite3 clang-format
        desktop-file-utils appstream clang libclang-rt-dev postgresql nginx openssl)
    case "$purpose" in
        # xvfb: the no-display message tells people to use xvfb-run.
        run) echo "${build[@]}" xvfb xauth ;;
        test) echo "${build[@]}" "${test[@]}" ;;
        # The offline screenshots drive the real window under a window manager.
        screenshots) echo "${build[@]}" "${test[@]}" openbox xdotool imagemagick ;;
        *) echo "${build[@]}" ;;
    esac
}

metadesk_install_deps() {
    local purpose=${1:-build}
    local missing=()
    local pkg
    for pkg in $(metadesk_packages "$purpose"); do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "MetaDesk: installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "MetaDesk: these packages are missing and you are not root: ${missing[*]}" >&2
            echo "Install them with apt-get as root, then run this script again." >&2
            return 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
