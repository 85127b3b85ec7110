#!/usr/bin/env bash
# Rerunnable benchmark of the packaged gateway against its embedded sandbox, on loopback only.
# Builds the app if it is missing or older than the sources, then for each variant starts it on a
# free port, runs bench/LoadBench.java (warm-up, then a fixed number of dashboard requests at a
# fixed concurrency), prints the figures and stops the app.
#
#   bench/run.sh                      # both variants, 300 requests, concurrency 16
#   BENCH_REQUESTS=600 BENCH_CONCURRENCY=32 bench/run.sh
#   BENCH_VARIANTS=recplus-down bench/run.sh
#
# Variants: "healthy" (every provider is its simulator) and "recplus-down" (REC+ points at a closed
# loopback port, so every REC+ call is refused). Not part of ./mvnw verify or .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${BENCH_REQUESTS:-300}
concurrency=${BENCH_CONCURRENCY:-16}
warmup=${BENCH_WARMUP:-30}
variants=${BENCH_VARIANTS:-healthy recplus-down}
# shellcheck source=bench/lib.sh
source bench/lib.sh
build_if_stale
app_pid=

stop_app() {
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
trap stop_app EXIT

for variant in $variants; do
  port=$(free_port)
  extra=()
  key=commerce-local-dev-key
  case $variant in
    healthy) ;;
    recplus-down)
      closed=$(free_port)
      # Real REC+ settings (so the sandbox leaves REC+ alone) that point at a closed port.
      # With a provider of real settings the local key is off, so the run brings its own key.
      extra=(COMMERCE_ALLOW_HTTP_PROVIDERS=true
        RECPLUS_BASE_URL="http://127.0.0.1:$closed/api/v1"
        RECPLUS_USERNAME=sandbox RECPLUS_PASSWORD=sandbox-recplus-password
        COMMERCE_API_KEYS="bench-recplus-down=orders:read,catalog:read")
      key=bench-recplus-down
      ;;
    *)
      echo "unknown variant $variant (healthy, recplus-down)" >&2
      exit 2
      ;;
  esac
  env COMMERCE_SANDBOX=true QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    COMMERCE_SANDBOX_BASE_URL="http://127.0.0.1:$port" "${extra[@]}" \
    java -jar "$jar" >"$logs/$variant.log" 2>&1 &
  app_pid=$!
  BENCH_API_KEY=$key java bench/LoadBench.java --url "http://127.0.0.1:$port/graphql" --pid "$app_pid" \
    --requests "$requests" --concurrency "$concurrency" --warmup "$warmup" --label "$variant"
  stop_app
done
