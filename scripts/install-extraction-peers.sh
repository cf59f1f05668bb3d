#!/usr/bin/env bash
# Install the peer extractors that scripts/eval-extraction.sh runs beside newsline, from the registries only:
#   readability-lxml 0.8      Debian python3-readability
#   boilerpipe 1.2            Debian libboilerpipe-java (with nekohtml and xerces)
#   Readability.js 0.6        npm @mozilla/readability + linkedom (package.json of the peer runners)
#   Readability4J 1.0.8       Maven Central net.dankito.readability4j:readability4j
#   scripts/install-extraction-peers.sh [PEERS_HOME]
# PEERS_HOME (default $EVAL_CACHE/peers, EVAL_CACHE default ~/.cache/newsline-eval-extraction) gets node_modules
# and readability4j.classpath; NEWSLINE_SHARED (default ../shared) holds bench/extraction/peers. Nothing is written into the repository. Safe to rerun: installed parts are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSLINE_SHARED:-../shared}
runners=$shared/bench/extraction/peers
home=${1:-${EVAL_CACHE:-$HOME/.cache/newsline-eval-extraction}/peers}
mkdir -p "$home"
home=$(cd "$home" && pwd)

need_apt=()
/usr/bin/python3 -c 'import readability' 2>/dev/null || need_apt+=(python3-readability)
ls /usr/share/java/boilerpipe*.jar >/dev/null 2>&1 || need_apt+=(libboilerpipe-java)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "install-extraction-peers: apt-get install ${need_apt[*]}" >&2
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >&2
fi

if [ ! -d "$home/node/node_modules/@mozilla/readability" ]; then
  echo "install-extraction-peers: npm install (Readability.js, linkedom)" >&2
  mkdir -p "$home/node"
  cp "$runners/package.json" "$home/node/"
  (cd "$home/node" && npm install --no-audit --no-fund --silent >&2)
fi

if [ ! -s "$home/readability4j.classpath" ]; then
  echo "install-extraction-peers: Readability4J from Maven Central" >&2
  mkdir -p "$home/r4j"
  cat >"$home/r4j/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.eval</groupId><artifactId>readability4j-peer</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>net.dankito.readability4j</groupId><artifactId>readability4j</artifactId><version>1.0.8</version></dependency>
  </dependencies>
</project>
POM
  ./mvnw -q -B -f "$home/r4j/pom.xml" dependency:build-classpath -Dmdep.outputFile="$home/readability4j.classpath" >&2
fi
echo "install-extraction-peers: peers ready in $home" >&2
