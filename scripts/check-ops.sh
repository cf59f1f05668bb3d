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
python3 - ops/grafana/dashboards/newsline.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["panels"], "no panels"
variables = {v["name"]: v for v in d.get("templating", {}).get("list", [])}
assert {"app", "instance"} <= variables.keys(), "dashboard variables app and instance missing"
assert "$app" in variables["instance"]["query"]["query"], "the instance variable lists the chosen apps' instances"
exprs = [t["expr"] for p in d["panels"] for t in p.get("targets", [])]
for e in exprs:
    assert '$instance' in e, "a panel ignores the instance variable: " + e
    assert '$app' in e or 'app=' not in e, e
assert any("newsline_matching_seconds_bucket" in e for e in exprs), "no matching latency panel"
assert any("newsline_story_lookups_seconds_bucket" in e for e in exprs), "no lookup latency panel"
assert any("newsline_ner_articles_total" in e for e in exprs), "no panel of articles by language and NER result"
assert any("newsline_entities_total" in e for e in exprs), "no entities per article panel"
PY
echo "ops files valid"
