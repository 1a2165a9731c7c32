#!/usr/bin/env bash
# Install the Debian packages the tests need, once: Xvfb and the X libraries Qt's xcb
# plugin loads, xdotool and imagemagick to drive and photograph the real app, poppler
# and qpdf for the PDF checks, desktop-file-validate and appstreamcli for the desktop
# entry and the AppStream metadata. Skipped where apt-get is missing or we are not
# root; the tests that need them then say so and skip (under CI: an error, as a skip
# would fail the run anyway).
set -euo pipefail
need=(xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0 xdotool imagemagick poppler-utils qpdf desktop-file-utils appstream)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null || [ "$(id -u)" != 0 ]; then
  if [ -n "${CI:-}" ] && [ "${CI}" != "false" ] && [ "${CI}" != "0" ]; then
    # under CI a skipped test fails the run (tests/ci_skips.py): say why here, first
    echo "error: CI needs ${missing[*]} and cannot install them (needs apt-get as root)" >&2
    exit 1
  fi
  echo "note: not installing ${missing[*]} (needs apt-get as root); tests that need them will skip" >&2
  exit 0
fi
echo "installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
