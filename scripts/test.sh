#!/usr/bin/env bash
# Builds Kenshu (scripts/build.sh) and runs the whole test suite with ctest, headless, inside a
# private D-Bus session with an unlocked gnome-keyring, so that the keychain tests use a real
# Secret Service (scripts/with-test-keyring.sh). Exits with ctest's exit code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh

BUILD_DIR="${KENSHU_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
# The server and sync suites run against PostgreSQL too: here a missing cluster is a failure.
export KENSHU_REQUIRE_POSTGRESQL=1
rc=0
bash scripts/with-test-keyring.sh ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 || rc=$?
exit "$rc"
