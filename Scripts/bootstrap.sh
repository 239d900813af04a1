#!/usr/bin/env bash
# Installs what Winnow needs to build on a fresh Debian/Ubuntu machine: libxml2's and zlib's headers.
# On macOS, `brew install libxml2 zlib` does the same. Does nothing when they are already there.
set -euo pipefail
if pkg-config --exists libxml-2.0 zlib 2>/dev/null; then exit 0; fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq || true
  $SUDO apt-get install -y -qq libxml2-dev zlib1g-dev pkg-config
elif command -v brew >/dev/null 2>&1; then
  brew install libxml2 zlib
else
  echo "bootstrap: install zlib's development headers, and libxml2's unless you build with --disable-default-traits" >&2
  exit 1
fi
