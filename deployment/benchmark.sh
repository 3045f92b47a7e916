#!/usr/bin/env bash
# The search benchmark: deployment/benchmark.sh [solutions, default 100000] [tenders, default 20000]
# Builds the portal when needed, then runs dk.healthmarket.deployment.SearchBenchmark, which prints
# latency and throughput of in-process Lucene, the portal's REST endpoint and MariaDB FULLTEXT on
# the same corpus, the rebuild time under load, the index size and commit-to-searchable.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f deployment/target/marketplace.jar ]; then
  mvn -B -q -ntp install -DskipTests
fi
mvn -B -q -ntp -pl deployment test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
  -Dexec.mainClass=dk.healthmarket.deployment.SearchBenchmark -Dexec.classpathScope=test -Dexec.args="$*"
