#!/usr/bin/env bash
# Builds the portal when needed and runs it: embedded MariaDB unless MARKETPLACE_DB_URL is set.
# Arguments go to the launcher (e.g. --demo). See README.md for every setting.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f deployment/target/marketplace.jar ] || [ -n "$(find . -path ./deployment/target -prune -o -newer deployment/target/marketplace.jar \( -name '*.java' -o -name '*.xhtml' -o -name '*.properties' -o -name '*.sql' -o -name '*.xml' \) -print -quit)" ]; then
  echo "Building the portal..."
  mvn -B -q -ntp package -DskipTests
fi
exec java -jar deployment/target/marketplace.jar "$@"
