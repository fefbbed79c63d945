#!/usr/bin/env bash
# Builds Kenshu (scripts/build.sh) and starts the desktop app, passing on all arguments.
# Without a display (no DISPLAY and no WAYLAND_DISPLAY) it runs under a virtual X server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh

BUILD_DIR="${KENSHU_BUILD_DIR:-build}"
APP="$BUILD_DIR/app/kenshu"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run: no DISPLAY or WAYLAND_DISPLAY set; running Kenshu under xvfb-run (virtual X server)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$APP" "$@"
fi
exec "$APP" "$@"
