#!/usr/bin/env bash
# Installs missing dependencies, then configures and builds Kenshu (Ninja, RelWithDebInfo).
# The build directory is "build" unless KENSHU_BUILD_DIR says otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh

BUILD_DIR="${KENSHU_BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" -j"$(nproc)"
