#!/usr/bin/env bash
# Regenerates enrich/src/main/resources/io/newsline/enrich/link/gazetteer.tsv.gz.
# Needs node >= 18, npm, and Debian's iso-codes package (apt-get install iso-codes).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node build-gazetteer.js "$@"
