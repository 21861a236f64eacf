#!/usr/bin/env bash
# Installs the system packages the test suite needs (Debian/Ubuntu, run as root or with sudo):
# Chromium (end-to-end tests of the pane and the page), LibreOffice Writer/Calc (renders the Word
# report and opens scored workbooks), Noto CJK fonts, poppler-utils (pdftotext/pdftoppm).
# Does nothing when everything is already there.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK\|Noto Serif CJK' || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then
  echo "test dependencies: all present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
