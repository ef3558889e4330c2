#!/bin/sh
# Regenerates the PDF fixtures (needs LibreOffice, fonts-noto-cjk and poppler-utils); see make_fixtures.py.
set -e
cd "$(dirname "$0")"
exec python3 make_fixtures.py "$@"
