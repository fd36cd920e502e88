#!/usr/bin/env bash
# Installs what AnJia Desk needs on Debian/Ubuntu: system packages (apt-get, through sudo when not
# root), then a virtual environment in .venv with the app (and, with --dev, the test tools).
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[ "${1:-}" = "--dev" ] && DEV=1

# The Chinese TrueType font (window + PDFs), Qt's runtime libraries, Xvfb and poppler for checks.
PACKAGES=(python3 python3-venv python3-pip fonts-wqy-microhei xvfb poppler-utils
          libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
          libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libglib2.0-0)
# The test command also runs part of the suite with the clock moved ahead (faketime).
[ "$DEV" = 1 ] && PACKAGES+=(faketime)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "安装系统软件包：${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "需要 Python 3.11 或更新版本（当前：$("$PYTHON" --version 2>&1)）" >&2; exit 2; }

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Reinstall only when pyproject.toml changed (or the extras asked for changed).
extras=""; [ "$DEV" = 1 ] && extras="[dev]"
stamp=".venv/.anjia-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)$extras"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  echo "$want" > "$stamp"
fi
