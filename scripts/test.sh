#!/usr/bin/env bash
# Builds Kenshu (scripts/build.sh) and runs the whole test suite with ctest, headless.
# Exits with ctest's exit code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh

BUILD_DIR="${KENSHU_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
rc=0
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 || rc=$?
exit "$rc"
