#!/usr/bin/env bash
# Refreshes translations/kenshu_*.ts from the sources (run after adding or changing tr() text),
# then translate the new entries (Qt Linguist, or by hand) and commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -no-obsolete -locations none -extensions cpp,h \
    app widgets models dicomviewer pdf sync server \
    -ts translations/kenshu_ja.ts translations/kenshu_en.ts
