#!/usr/bin/env bash
# Debian packages some checks need beyond a JDK (the README's Contributing step; .ci/run runs it too).
# Today ./mvnw verify needs none: Maven, the Kafka broker and every model come from Maven Central through ./mvnw.
# The evaluation scripts (scripts/eval-*.sh) use python3, present on Debian.
set -euo pipefail
packages=()
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq "${missing[@]}"; \
  else sudo apt-get update -qq && sudo apt-get install -y -qq "${missing[@]}"; fi
fi
echo "test dependencies present"
