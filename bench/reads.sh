#!/usr/bin/env bash
# Rerunnable benchmark of the gateway's reads (issue 13), on loopback only. The providers are the
# sandbox's simulators in a process of their own: the packaged app started a second time with
# COMMERCE_SANDBOX=true, answering every call after a fixed latency and enforcing Veeqo's (5 per
# second, bucket of 100) and ShopWeDo's (3 per second) rate limits unless a scenario turns them off.
# The gateway is the packaged app with real provider settings pointing at those simulators, started
# with the JVM options the README gives for production. Each scenario starts both afresh, runs
# bench/ReadsBench.java (plain java, no dependencies) and prints its figures.
#
#   bench/reads.sh                          # every scenario
#   BENCH_SCENARIOS="fanout summary" bench/reads.sh
#
# Scenarios (see ReadsBench.java):
#   fanout           100 ms per provider answer: after BENCH_WARMUP_SECONDS (20) of VeePe and REC+
#                    lists at once (a gateway in service is warm), orders(first: 20) over three
#                    providers and VeePe alone, each beside the provider calls it needs, timed one
#                    at a time
#   throughput-off   no latency, caches and rate limits off on both sides: 50 connections, each
#                    list timed after BENCH_WARMUP_SECONDS (20) of the same
#   throughput       no latency, the defaults (caches on, rate limits on): 50 connections
#   dashboard        100 ms, real limits, defaults: 200 viewers polling the README mix every 5 s
#   summary          100 ms, real limits, defaults, 10,000 orders per listing provider: a summary
#                    over all of them from cold until warm, then timed warm
# Not part of ./mvnw verify or .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

scenarios=${BENCH_SCENARIOS:-fanout throughput-off throughput dashboard summary}
jar=target/quarkus-app/quarkus-run.jar
logs=target/bench
# The production options the README gives: a small heap and metaspace, small thread stacks, the
# serial collector, few compiler threads; and (env) few malloc arenas and worker threads.
gateway_java=(-Xms32m -Xmx80m -Xss256k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m
  -XX:MaxDirectMemorySize=32m -XX:+UseSerialGC -XX:CICompilerCount=2)
gateway_env=(MALLOC_ARENA_MAX=2 QUARKUS_THREAD_POOL_MAX_THREADS="${BENCH_WORKERS:-64}")
sim_pid=
gateway_pid=

if [[ ! -f $jar || -n $(find src/main pom.xml -newer "$jar" -print -quit) ]]; then
  ./mvnw -B -ntp package -DskipTests
fi
mkdir -p "$logs"

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (: </dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free loopback port found" >&2
  return 1
}

stop() {
  for pid in $gateway_pid $sim_pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  gateway_pid=
  sim_pid=
}
trap stop EXIT

# start_simulators <latency> <rate limits true|false> <orders per provider>
start_simulators() {
  sim_port=$(free_port)
  env COMMERCE_SANDBOX=true QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$sim_port" \
    COMMERCE_SANDBOX_BASE_URL="http://127.0.0.1:$sim_port" COMMERCE_SANDBOX_LATENCY="$1" \
    COMMERCE_SANDBOX_RATE_LIMITS="$2" COMMERCE_SANDBOX_ORDERS="$3" \
    java -Xmx768m -jar "$jar" >"$logs/simulators-$scenario.log" 2>&1 &
  sim_pid=$!
}

# start_gateway [extra VAR=value ...]
start_gateway() {
  gateway_port=$(free_port)
  local sim="http://127.0.0.1:$sim_port/sandbox"
  env COMMERCE_SANDBOX=false QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$gateway_port" \
    COMMERCE_ALLOW_HTTP_PROVIDERS=true COMMERCE_API_KEYS="bench=orders:read,catalog:read" \
    "${gateway_env[@]}" \
    VEEQO_BASE_URL="$sim/veeqo" VEEQO_API_KEY=sandbox-veeqo-api-key \
    VEEPE_BASE_URL="$sim/veepe/v1" VEEPE_CLIENT_ID=sandbox-veepe-client \
    VEEPE_CLIENT_SECRET=sandbox-veepe-secret \
    RECPLUS_BASE_URL="$sim/recplus/api/v1" RECPLUS_USERNAME=sandbox \
    RECPLUS_PASSWORD=sandbox-recplus-password \
    SHOPWEDO_BASE_URL="$sim/shopwedo/admin/api" SHOPWEDO_SHOP_ID=4711 \
    SHOPWEDO_SHOP_KEY=sandbox-shopwedo-shop-key \
    "$@" java "${gateway_java[@]}" -jar "$jar" >"$logs/gateway-$scenario.log" 2>&1 &
  gateway_pid=$!
}

caches_off=(COMMERCE_CACHE_ORDER_LIST_TTL=0s COMMERCE_CACHE_PRODUCT_LIST_TTL=0s
  COMMERCE_CACHE_STOCK_LIST_TTL=0s COMMERCE_CACHE_SUMMARY_TTL=0s COMMERCE_CACHE_PRODUCT_TTL=0s
  COMMERCE_CACHE_STOCK_TTL=0s)
limits_off=(COMMERCE_RESILIENCE_VEEQO_RATE_PER_SECOND=1000000 COMMERCE_RESILIENCE_VEEQO_BURST=1000000
  COMMERCE_RESILIENCE_SHOPWEDO_RATE_PER_SECOND=1000000 COMMERCE_RESILIENCE_SHOPWEDO_BURST=1000000)

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "gateway JVM options: ${gateway_java[*]}; environment: ${gateway_env[*]}"
for scenario in $scenarios; do
  case $scenario in
    fanout)
      start_simulators 100ms true 36
      start_gateway
      bench=(--scenario fanout --rounds "${BENCH_ROUNDS:-60}" --warmup "${BENCH_WARMUP_SECONDS:-20}")
      ;;
    throughput-off)
      start_simulators 0s false 36
      start_gateway "${caches_off[@]}" "${limits_off[@]}"
      bench=(--scenario throughput --connections 50 --seconds "${BENCH_SECONDS:-20}"
        --warmup "${BENCH_WARMUP_SECONDS:-20}")
      ;;
    throughput)
      start_simulators 0s true 36
      start_gateway
      bench=(--scenario throughput --connections 50 --seconds "${BENCH_SECONDS:-20}"
        --warmup "${BENCH_WARMUP_SECONDS:-20}")
      ;;
    dashboard)
      start_simulators 100ms true 36
      start_gateway
      bench=(--scenario dashboard --viewers "${BENCH_VIEWERS:-200}" --seconds 60)
      ;;
    summary)
      start_simulators 100ms true "${BENCH_SUMMARY_ORDERS:-10000}"
      start_gateway
      bench=(--scenario summary)
      ;;
    *)
      echo "unknown scenario $scenario" >&2
      exit 2
      ;;
  esac
  echo
  echo "### $scenario (logs in $logs/*-$scenario.log)"
  java bench/ReadsBench.java --gateway "http://127.0.0.1:$gateway_port/graphql" \
    --providers "http://127.0.0.1:$sim_port" --pid "$gateway_pid" "${bench[@]}"
  stop
done
