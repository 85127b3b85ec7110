# Shell shared by the benchmarks (bench/reads.sh, bench/scale.sh; bench/run.sh uses the build and
# the free port): the packaged gateway launched as in production against the sandbox's simulators
# in a process of their own. Sourced, not run; the caller has done `cd` to the repository root and
# sets `scenario` (it names the log files) before starting the simulators.

jar=target/quarkus-app/quarkus-run.jar
logs=target/bench
# The production options the README gives: a small heap with half of it young, small metaspace
# and thread stacks, the serial collector, C2 alone in one compiler thread (no tiered
# compilation), freed malloc memory handed back every 2 s; and (env) few malloc arenas and
# worker threads. README "Memory" says why each.
gateway_java=(-Xms64m -Xmx80m -Xmn40m -Xss256k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m
  -XX:MaxDirectMemorySize=32m -XX:+UseSerialGC -XX:-TieredCompilation -XX:CICompilerCount=1
  -XX:TrimNativeHeapInterval=2000)
gateway_env=(MALLOC_ARENA_MAX=2 QUARKUS_THREAD_POOL_MAX_THREADS="${BENCH_WORKERS:-64}")
# Every process a benchmark started, stopped by stop_all (also on exit).
bench_pids=()

build_if_stale() {
  if [[ ! -f $jar || -n $(find src/main pom.xml -newer "$jar" -print -quit) ]]; then
    ./mvnw -B -ntp package -DskipTests
  fi
  mkdir -p "$logs"
}

# A loopback port nothing listens on (probing, so a rare race with another process is possible).
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

# Stops what a benchmark started: a graceful stop, and after 20 s (an overloaded gateway may not
# get there) a kill.
stop_all() {
  for pid in "${bench_pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 40); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
      done
      kill -9 "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  bench_pids=()
}

# start_simulators <latency> <rate limits true|false> <orders per provider>: sets sim_port, sim_pid
start_simulators() {
  sim_port=$(free_port)
  env COMMERCE_SANDBOX=true QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$sim_port" \
    COMMERCE_SANDBOX_BASE_URL="http://127.0.0.1:$sim_port" COMMERCE_SANDBOX_LATENCY="$1" \
    COMMERCE_SANDBOX_RATE_LIMITS="$2" COMMERCE_SANDBOX_ORDERS="$3" \
    java -Xmx768m -jar "$jar" >"$logs/simulators-$scenario.log" 2>&1 &
  sim_pid=$!
  bench_pids+=("$sim_pid")
}

# start_gateway <log name> [extra VAR=value ...]: a gateway with real provider settings pointing
# at the simulators, launched as in production; sets gateway_port, gateway_pid
start_gateway() {
  local log=$1
  shift
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
    "$@" java "${gateway_java[@]}" -jar "$jar" >"$logs/$log.log" 2>&1 &
  gateway_pid=$!
  bench_pids+=("$gateway_pid")
}
