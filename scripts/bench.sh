#!/usr/bin/env bash
# Builds Kenshu and runs every benchmark in tests/bench with the inputs DESIGN.md's targets
# name; each prints JSON lines. Figures go into docs/performance.md by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh >/dev/null
BUILD_DIR="${KENSHU_BUILD_DIR:-build}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "# case list (10,000 cases)"
"$BUILD_DIR/tests/bench/bench_case_list" --cases 10000 --runs 11
echo "# decoding (1024x1024x120, three transfer syntaxes, against DCMTK)"
"$BUILD_DIR/tests/bench/bench_decode" 2>/dev/null
echo "# window/level re-render (1024x1024)"
"$BUILD_DIR/tests/bench/bench_window_level"
echo "# playback at 30 fps and window/level drag in the widget (1024x1024)"
"$BUILD_DIR/tests/bench/bench_playback" 2>/dev/null
echo "# blob upload over loopback HTTPS: tus (8 MiB chunks) vs curl (500 MB)"
"$BUILD_DIR/tests/bench/bench_upload" --size-mb 500 --chunk-mib 8 --runs 2
