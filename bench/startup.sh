#!/usr/bin/env bash
# Seconds from `./mvnw spring-boot:run` to the first 200 of the login page: first start on an empty data
# directory (initdb, migrations, demo city) and a restart on the kept data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/edugov-startup.XXXXXX)
port=18080
measure() {
  local start end pid
  start=$(date +%s.%N)
  ./mvnw -q -o spring-boot:run -Dspring-boot.run.arguments="--edugov.embedded-db.data-dir=$dir/pg --server.port=$port" \
    > "$dir/run.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/login"; do sleep 0.2; done
  end=$(date +%s.%N)
  echo "$1: $(echo "$end - $start" | bc) s"
  pkill -f "server.port=$port" || true
  wait "$pid" 2>/dev/null || true
  sleep 1
}
measure "first start (empty data directory)"
measure "restart (kept data directory)"
rm -rf "$dir"
