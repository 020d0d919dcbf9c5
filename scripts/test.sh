#!/usr/bin/env bash
# Installs what is missing, builds the debug preset (ASan + UBSan, warnings as errors) and runs
# the whole test suite with ctest. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
metadesk_install_deps test

preset=debug
build_dir=build/$preset
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake --preset "$preset"
fi
cmake --build "$build_dir" -j "$(nproc)"
# A build with no change does nothing (no lupdate, no relinks): a second one must find no work.
# (A real build, not `ninja -n`: the CONFIGURE_DEPENDS glob check only runs for real.)
second_build=$(cmake --build "$build_dir" -j "$(nproc)" 2>&1)
if ! grep -q 'no work to do' <<<"$second_build"; then
    echo "MetaDesk: a build with no change still does work:" >&2
    echo "$second_build" | head -20 >&2
    exit 1
fi

# Sanitizer settings: stop at the first error; system libraries' one-time allocations are not
# ours (see tests/lsan.supp).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# Tests that need a session bus and the real keychain run inside a private D-Bus session with
# an unlocked gnome-keyring; a fresh HOME keeps the developer's own keyring out of it.
scripts/with-test-session.sh ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" "$@"

# The request decoders and payload parsers under libFuzzer for a bounded time (docs/SERVER.md);
# METADESK_FUZZ_SECONDS=0 skips it.
fuzz_seconds=${METADESK_FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" != 0 ]; then
    scripts/fuzz.sh "$fuzz_seconds"
fi
