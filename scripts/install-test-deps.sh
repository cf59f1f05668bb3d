#!/usr/bin/env bash
# Debian packages some checks need beyond a JDK (the README's Contributing step; .ci/run runs it too).
# ./mvnw verify needs none of them: Maven, the Kafka broker and every model come from Maven Central through ./mvnw.
# docker-compose and prometheus (promtool) check the compose file and alerting rules statically (scripts/check-ops.sh).
# chromium renders the story page headless in StoryLookupIT (which skips, loudly, without it).
# python3-avro and python3-confluent-kafka run the Python consumer example in PythonConsumerExampleIT (examples/python).
# curl and jq run the README's story-lookup examples in ReadmeIT.
# The evaluation scripts (scripts/eval-*.sh) use python3, present on Debian.
set -euo pipefail
packages=(docker-compose prometheus chromium python3-avro python3-confluent-kafka curl jq)
missing=()
for p in "${packages[@]}"; do
  # installed and configured, not only unpacked (as while another apt run is still installing it)
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; \
  else sudo apt-get update -qq && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; fi
fi
echo "test dependencies present"
