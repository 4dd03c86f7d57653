#!/usr/bin/env bash
# The README's picture of the annex: the demo's communes scored to the annex workbook, printed to PDF by LibreOffice,
# its first page drawn as a PNG by pdftoppm (poppler-utils). Needs `npm run build`, soffice and pdftoppm.
#   scripts/annex-picture.sh [out.png]   (default docs/img/annex-xa.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/img/annex-xa.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node bin/parindex.js score fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --lang vi -o "$work/phu-luc.xlsx" \
  --issuer 'UBND TỈNH ĐỒNG THÁP\nSỞ NỘI VỤ' --decision '125/QĐ-UBND' --date 2025-03-15 \
  --place 'Đồng Tháp' --signer-title 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC' --signer 'Nguyễn Văn An' --fail-on never
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/phu-luc.xlsx" >/dev/null
mkdir -p "$(dirname "$out")"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/phu-luc.pdf" "${out%.png}"
echo "wrote $out"
