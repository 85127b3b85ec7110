#!/usr/bin/env bash
# Rerunnable benchmark of several instances (issue 18): one gateway against two on one Redis, under
# the dashboard mix, on loopback only. The providers are the sandbox's simulators in a process of
# their own (100 ms per answer, enforcing Veeqo's bucket of 100 drained at 5 per second and
# ShopWeDo's 3 per second with 429s); the shared state is one redis-server, the binary shipped
# inside the embedded-redis test dependency (extracted from ~/.m2, nothing installed;
# BENCH_REDIS_SERVER=/path/to/redis-server to use another). Each run starts everything afresh:
# simulators, Redis, then one gateway (COMMERCE_INSTANCES=1) or two (COMMERCE_INSTANCES=2) with the
# production options, and bench/ReadsBench.java's dashboard scenario sends the viewers' requests to
# the gateways in turn (round-robin, as a load balancer would). It prints the answers per second,
# errors by code (RATE_LIMITED among them), the calls each simulator answered per minute and per
# second and how many were 429s, and each gateway's memory.
#
#   bench/scale.sh                                   # both scenarios, one gateway then two
#   BENCH_SCENARIOS=uncached BENCH_VIEWERS=100 bench/scale.sh
#
# Scenarios:
#   cached     the defaults: kept lists and answers (each gateway keeps its own)
#   uncached   list caches off (COMMERCE_CACHE_*_LIST_TTL=0s): every question asks its providers,
#              so the providers' limits bind and the shared budgets are what is measured
# Not part of ./mvnw verify or .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

scenarios=${BENCH_SCENARIOS:-cached uncached}
instances=${BENCH_INSTANCES:-1 2}
viewers=${BENCH_VIEWERS:-200}
seconds=${BENCH_SECONDS:-60}
# shellcheck source=bench/lib.sh
source bench/lib.sh
redis_pid=

stop_everything() {
  stop_all
  if [[ -n $redis_pid ]] && kill -0 "$redis_pid" 2>/dev/null; then
    kill "$redis_pid"
    wait "$redis_pid" 2>/dev/null || true
  fi
  redis_pid=
}
trap stop_everything EXIT
build_if_stale

redis_server=${BENCH_REDIS_SERVER:-}
if [[ -z $redis_server ]]; then
  redis_jar=$HOME/.m2/repository/com/github/codemonstur/embedded-redis/1.4.3/embedded-redis-1.4.3.jar
  case $(uname -m) in
    x86_64) redis_entry=redis-server-6.2.6-v5-linux-amd64 ;;
    aarch64) redis_entry=redis-server-6.2.7-linux-arm64 ;;
    *) echo "no redis-server in the embedded-redis jar for $(uname -m): set BENCH_REDIS_SERVER" >&2; exit 2 ;;
  esac
  redis_server=$logs/$redis_entry
  if [[ ! -x $redis_server ]]; then
    unzip -p "$redis_jar" "$redis_entry" >"$redis_server"
    chmod +x "$redis_server"
  fi
fi

start_redis() {
  redis_port=$(free_port)
  "$redis_server" --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    >"$logs/redis-$scenario.log" 2>&1 &
  redis_pid=$!
}

uncached=(COMMERCE_CACHE_ORDER_LIST_TTL=0s COMMERCE_CACHE_PRODUCT_LIST_TTL=0s
  COMMERCE_CACHE_STOCK_LIST_TTL=0s)

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "gateway JVM options: ${gateway_java[*]}; environment: ${gateway_env[*]}"
echo "redis: $("$redis_server" --version)"
for mix in $scenarios; do
  case $mix in
    cached) extra=() ;;
    uncached) extra=("${uncached[@]}") ;;
    *)
      echo "unknown scenario $mix (cached, uncached)" >&2
      exit 2
      ;;
  esac
  for n in $instances; do
    scenario=$mix-$n
    start_simulators 100ms true 36
    start_redis
    urls=()
    pids=()
    for i in $(seq 1 "$n"); do
      start_gateway "gateway-$scenario-$i" QUARKUS_REDIS_HOSTS="redis://127.0.0.1:$redis_port" \
        COMMERCE_INSTANCES="$n" COMMERCE_CURSOR_SECRET=bench-scale-cursor-secret "${extra[@]}"
      urls+=("http://127.0.0.1:$gateway_port/graphql")
      pids+=("$gateway_pid")
    done
    echo
    echo "### $mix, $n gateway(s) (logs in $logs/*-$scenario*.log)"
    java bench/ReadsBench.java --gateway "$(IFS=,; echo "${urls[*]}")" \
      --providers "http://127.0.0.1:$sim_port" --scenario dashboard --viewers "$viewers" \
      --seconds "$seconds"
    for pid in "${pids[@]}"; do
      echo "gateway $pid: $(grep -E '^(VmRSS|VmHWM)' "/proc/$pid/status" | tr -s ' \t\n' ' ')"
    done
    stop_everything
  done
done
