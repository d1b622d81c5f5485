#!/bin/sh
# Fails when po/fr.po does not translate every message of the sources:
# untranslated or fuzzy entries, messages missing from the catalogue, or a
# source file with translatable strings that po/POTFILES.in forgot.
# Usage: check-translations.sh SOURCE_ROOT
set -eu
top=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

stats=$(msgfmt --statistics -o /dev/null "$top/po/fr.po" 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*) echo "po/fr.po: $stats"; status=1 ;;
esac

# Every file with translatable strings must be listed.
cd "$top"
for f in $(grep -rlE '(^|[^A-Za-z_])(_|N_|C_|NC_|L_|LC_|LN_|ngettext)\(|translatable="yes"' \
             src ui data com.example.SalesCadence.desktop 2>/dev/null | sort); do
  case "$f" in
    *.h|*.svg|*.css) continue ;;
    *.png) continue ;;  # screenshots: binary bytes may look like _(
  esac
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "po/POTFILES.in does not list $f"
    status=1
  fi
done

grep -v '^#' po/POTFILES.in | grep -v '^$' > "$tmp/files"
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --keyword=L_:2 \
  --keyword=LC_:2c,3 --keyword=LN_:2,3 -f "$tmp/files" -o "$tmp/salescadence.pot" 2>"$tmp/err" ||
  { cat "$tmp/err"; exit 1; }
if ! msgcmp "$top/po/fr.po" "$tmp/salescadence.pot" 2>"$tmp/cmp"; then
  echo "po/fr.po lacks translations of messages in the sources (run build-aux/merge-po):"
  head -40 "$tmp/cmp"
  status=1
fi
exit $status
