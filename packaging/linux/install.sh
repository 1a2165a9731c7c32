#!/bin/sh
# Install Credit Health from this unpacked folder, with its desktop entry, AppStream
# metadata and icons; or remove it again. Per user (~/.local) unless --prefix says otherwise.
#
#   ./install.sh [--prefix DIR]               install (again: replaces the earlier copy)
#   ./install.sh [--prefix DIR] --uninstall   remove what install put there; your data stays
set -eu

APP_ID=io.github.credithealth.CreditHealth
ICON_SIZES="16 24 32 48 64 128 256 512"

usage() {
  sed -n '2,7s/^# \{0,1\}//p' "$0"
}

prefix="${HOME:?HOME is not set}/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$prefix" in
  /*) ;;
  *) prefix="$(pwd)/$prefix" ;;
esac
case "$prefix" in
  *[\"\`\$\\%\&\|]*) echo "install.sh: the prefix may not contain \" \` \$ \\ % & or |: $prefix" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
app_dir="$prefix/lib/credit-health"
bin="$prefix/bin/credit-health"
applications="$prefix/share/applications"
desktop="$applications/credit-health.desktop"
metainfo="$prefix/share/metainfo/$APP_ID.metainfo.xml"
icons="$prefix/share/icons/hicolor"

ours() {  # is $1 a Credit Health folder this script made (or can replace)?
  [ -x "$1/credit-health" ] && [ -d "$1/_internal" ]
}

refresh_menus() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
  fi
  # GTK reads icon-theme.cache only while it is newer than the folder: keep one that
  # exists up to date, and otherwise just mark the folder as changed
  if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
  elif [ -d "$icons" ]; then
    touch "$icons"
  fi
}

uninstall() {
  if [ -L "$bin" ] && [ "$(readlink "$bin")" = "$app_dir/credit-health" ]; then
    rm -f "$bin"
  fi
  rm -f "$desktop" "$metainfo" "$icons/scalable/apps/credit-health.svg"
  for n in $ICON_SIZES; do
    rm -f "$icons/${n}x$n/apps/credit-health.png"
  done
  if [ -d "$app_dir" ]; then
    if ours "$app_dir"; then
      rm -rf "$app_dir"
    else
      echo "install.sh: left $app_dir alone: it does not look like Credit Health" >&2
    fi
  fi
  # the folders install made, where nothing else is left in them
  for n in $ICON_SIZES scalable; do
    size=$n
    [ "$n" = scalable ] || size="${n}x$n"
    rmdir "$icons/$size/apps" "$icons/$size" 2>/dev/null || true
  done
  rmdir "$prefix/share/metainfo" "$prefix/lib" "$prefix/bin" 2>/dev/null || true
  refresh_menus
}

install_app() {
  if ! ours "$here"; then
    echo "install.sh: run me from the unpacked Credit Health folder (with credit-health and _internal/)" >&2
    exit 1
  fi
  # the app must start here before anything is copied (glibc too old, a broken download)
  version=$("$here/credit-health" --version) || {
    echo "install.sh: ./credit-health does not run on this system; nothing was installed" >&2
    exit 1
  }
  if [ -e "$bin" ] || [ -L "$bin" ]; then
    if ! { [ -L "$bin" ] && [ "$(readlink "$bin")" = "$app_dir/credit-health" ]; }; then
      echo "install.sh: $bin exists and is not from this installer; remove it or use --prefix" >&2
      exit 1
    fi
  fi
  if [ -e "$app_dir" ] && ! ours "$app_dir"; then
    echo "install.sh: $app_dir exists and does not look like Credit Health; nothing was installed" >&2
    exit 1
  fi
  if [ "$here" != "$app_dir" ]; then
    rm -rf "$app_dir"
    mkdir -p "$app_dir"
    cp -R "$here/credit-health" "$here/_internal" "$here/README.txt" "$here/install.sh" \
      "$here/share" "$app_dir/"
  fi
  mkdir -p "$prefix/bin" "$applications" "$prefix/share/metainfo" "$icons/scalable/apps"
  ln -sf "$app_dir/credit-health" "$bin"
  sed -e "s|^Exec=.*|Exec=\"$bin\"|" -e "s|^TryExec=.*|TryExec=$bin|" \
    "$here/share/applications/credit-health.desktop" >"$desktop"
  cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
  cp "$here/share/icons/hicolor/scalable/apps/credit-health.svg" "$icons/scalable/apps/"
  for n in $ICON_SIZES; do
    mkdir -p "$icons/${n}x$n/apps"
    cp "$here/share/icons/hicolor/${n}x$n/apps/credit-health.png" "$icons/${n}x$n/apps/"
  done
  refresh_menus
  echo "Installed $version in $app_dir"
  echo "Start it from your applications menu, or run: $bin"
  case ":${PATH:-}:" in
    *":$prefix/bin:"*) ;;
    *) echo "($prefix/bin is not on your PATH: add it to run credit-health by name)" ;;
  esac
}

if [ "$action" = uninstall ]; then
  uninstall
  echo "Removed Credit Health from $prefix."
  data="${XDG_DATA_HOME:-$HOME/.local/share}/CreditHealth"
  if [ -d "$data" ]; then
    echo "Your data is still in $data (delete that folder yourself if you want it gone)."
  fi
else
  install_app
fi
