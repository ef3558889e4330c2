#!/bin/sh
# Regenerates the Word fixtures: the DOCX, pipe text and expected numbers from make-fixtures.py, then
# NAME.doc from NAME.docx with LibreOffice for the reports the generator marks for conversion.
set -eu
cd "$(dirname "$0")"
python3 make-fixtures.py
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for name in $(python3 make-fixtures.py --doc-names); do
    soffice -env:UserInstallation="file://$profile" --headless --convert-to doc:"MS Word 97" --outdir . "$name.docx" >/dev/null
done
