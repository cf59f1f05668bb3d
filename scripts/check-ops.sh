#!/usr/bin/env bash
# Static checks of the operations files (no Docker engine needed): the compose file, the Prometheus config and
# alerting rules, and the dashboard JSON. Needs the Debian packages docker-compose and prometheus (promtool),
# installed by scripts/install-test-deps.sh. .ci/run runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
docker-compose -f docker-compose.yml config -q
promtool check rules ops/prometheus/alerts.yml
promtool check config ops/prometheus/prometheus.yml
promtool test rules ops/prometheus/alerts-test.yml
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["panels"], "no panels"' ops/grafana/dashboards/newsline.json
echo "ops files valid"
