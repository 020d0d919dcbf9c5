#!/usr/bin/env bash
# Takes screenshots of the main areas under Xvfb on a demo file, into docs/screenshots/.
# Usage: scripts/screenshots.sh   (builds the release preset first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
metadesk_install_deps screenshots
if [ ! -f build/release/build.ninja ]; then
    cmake --preset release
fi
cmake --build build/release -j "$(nproc)" --target metadesk metadesk-server

work=$(mktemp -d /tmp/metadesk-shots.XXXXXX)
trap 'rm -rf "$work"' EXIT
build/release/app/metadesk-server init "$work/demo.db" --demo --users 2000 >/dev/null
mkdir -p docs/screenshots
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work

shoot() {
    local name=$1
    shift
    xvfb-run -a -s "-screen 0 1400x860x24" bash -c '
        "$@" &
        app=$!
        sleep 4
        import -window root "'"docs/screenshots/$name.png"'"
        kill $app' bash build/release/app/metadesk "$work/demo.db" "$@"
    echo "docs/screenshots/$name.png"
}

shoot users --area users --columns loyalty_tier,score,newsletter,last_login
shoot groups --area groups
shoot schema --area schema
shoot bulk-edit --area bulk

# The offline round trip, driven like a person does it (a keychain, a server, two admins).
scripts/screenshots-offline.sh
