#!/usr/bin/env bash
# Installs what is missing, builds MetaDesk (release), creates a demo database on first use and
# starts the GUI on it. Extra arguments go to metadesk (e.g. another FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
metadesk_install_deps run

preset=release
build_dir=build/$preset
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake --preset "$preset"
fi
cmake --build "$build_dir" -j "$(nproc)" --target metadesk metadesk-server

demo=demo/metadesk-demo.db
if [ ! -f "$demo" ]; then
    mkdir -p demo
    "$build_dir/app/metadesk-server" init "$demo" --demo
fi
if [ $# -eq 0 ]; then
    set -- "$demo"
fi
exec "$build_dir/app/metadesk" "$@"
