#!/usr/bin/env bash
# Builds the libFuzzer target (clang, -DMETADESK_FUZZ=ON, ASan + UBSan) in build/fuzz and runs it
# for SECONDS (default 60) on the seed corpus in tests/fuzz/corpus. New inputs go to
# build/fuzz/corpus, crashes to build/fuzz/crash-*; the repository's corpus is only read.
# Longer: scripts/fuzz.sh 3600 (docs/SERVER.md). Extra arguments go to libFuzzer, e.g. -jobs=2.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
build_dir=build/fuzz
if [ ! -f "$build_dir/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMETADESK_FUZZ=ON
fi
cmake --build "$build_dir" --target fuzz_request_decoders -j "$(nproc)"
mkdir -p "$build_dir/corpus"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
"$build_dir/tests/fuzz/fuzz_request_decoders" "$build_dir/corpus" tests/fuzz/corpus \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build_dir/" -print_final_stats=1 "$@"
