#!/usr/bin/env bash
# Installs (with apt-get, Debian 12) whatever is missing of Kenshu's build, test and run
# dependencies. Idempotent: does nothing when everything is already installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libdcmtk-dev dcmtk
    libpoppler-qt6-dev qtkeychain-qt6-dev
    libgtest-dev libgmock-dev
    libxkbcommon-dev xvfb xauth poppler-utils
    python3-pydicom python3-numpy libgdcm-tools
    dbus dbus-daemon gnome-keyring libsecret-1-0
    fonts-noto-cjk
    libcpp-httplib-dev libssl-dev openssl curl
    postgresql libqt6sql6-psql
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#PACKAGES[@]} packages already installed."
    exit 0
fi

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "install-deps: missing packages (${missing[*]}), and not root and no sudo." >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y "${missing[@]}"
