#!/usr/bin/env bash
# The benchmarks, each one program that prints its figures:
#   deployment/benchmark.sh [search] [solutions, default 100000] [tenders, default 20000]
#     latency and throughput of in-process Lucene, the portal's REST endpoint and MariaDB FULLTEXT on
#     the same corpus, the rebuild time under load, the index size and commit-to-searchable;
#   deployment/benchmark.sh index [solutions, default 100000] [adoptions per solution, default 10]
#     the time to compute one quarter's innovation index, against a tenth of the data.
# Builds the portal when needed.
set -euo pipefail
cd "$(dirname "$0")/.."
main=SearchBenchmark
case "${1:-}" in
  index) main=IndexBenchmark; shift ;;
  search) shift ;;
esac
if [ ! -f deployment/target/marketplace.jar ]; then
  mvn -B -q -ntp install -DskipTests
fi
mvn -B -q -ntp -pl deployment test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
  -Dexec.mainClass=dk.healthmarket.deployment.$main -Dexec.classpathScope=test -Dexec.args="$*"
