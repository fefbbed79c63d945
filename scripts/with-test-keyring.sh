#!/usr/bin/env bash
# Runs a command with a real, unlocked Secret Service keyring (gnome-keyring) for the keychain
# tests, without touching the user's own keyrings: a private D-Bus session (dbus-run-session),
# a keyring home in a temporary folder, a throwaway password. Sets KENSHU_REQUIRE_KEYCHAIN=1 so
# that the keychain tests fail rather than skip when the keyring does not work.
#   scripts/with-test-keyring.sh ctest --test-dir build -L sync_tests
set -euo pipefail

if [[ "${1:-}" != "--inside-session" ]]; then
    exec dbus-run-session -- bash "$0" --inside-session "$@"
fi
shift

keyring_home="$(mktemp -d "${TMPDIR:-/tmp}/kenshu-keyring.XXXXXX")"
trap 'rm -rf "$keyring_home"' EXIT
mkdir -m 700 "$keyring_home/data" "$keyring_home/runtime"

# --unlock reads the password from stdin and creates the "login" keyring with it (the default
# collection) when there is none. The daemon's own files stay in the temporary home; it leaves
# when the D-Bus session ends.
printf '%s' "kenshu-test-$RANDOM$RANDOM" |
    XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/runtime" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null

export KENSHU_REQUIRE_KEYCHAIN=1
"$@"
