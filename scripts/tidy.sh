#!/usr/bin/env bash
# Runs clang-tidy (the repo's .clang-tidy) over the sources, using a build's compile commands.
# Usage: scripts/tidy.sh [BUILD_DIR] [FILES...]   (default: build/debug, every .cpp under models ui app)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/debug}
shift || true
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    mapfile -t files < <(git ls-files 'models/*.cpp' 'ui/*.cpp' 'app/*.cpp')
fi
# g++ takes C++17 by default, clang-tidy 14 does not; -Wshadow=local is g++'s own spelling.
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet \
    --extra-arg=-std=c++17 --extra-arg=-Wno-unknown-warning-option 2>/dev/null |
    grep -E 'warning:|error:' | sort -u
