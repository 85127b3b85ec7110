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
#   fanout           100 ms per provider answer, rate limits off: after BENCH_WARMUP_SECONDS (40)
#                    of three-provider lists, 32 page sizes at once (a gateway in service is
#                    warm), orders(first: 20) over three providers and VeePe alone, each beside
#                    the provider calls it needs, timed one at a time
#   throughput-off   no latency, caches and rate limits off on both sides: 50 connections, each
#                    list timed after BENCH_WARMUP_SECONDS (40) of the same
#   throughput       no latency, the defaults (caches on, rate limits on): 50 connections
#   dashboard        100 ms, real limits, defaults: 200 viewers polling the README mix every 5 s
#   summary          100 ms, real limits, defaults, 10,000 orders per listing provider: a summary
#                    over all of them from cold until warm, then timed warm
# The warm-up is 40 s because the production options run C2 alone: a path is interpreted until it
# has run about 10,000 times, and at 50 connections the gateway's hot paths take some 30 s to get
# there (with 20 s the first list timed was still partly interpreted).
# Not part of ./mvnw verify or .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

scenarios=${BENCH_SCENARIOS:-fanout throughput-off throughput dashboard summary}
# shellcheck source=bench/lib.sh
source bench/lib.sh
trap stop_all EXIT
build_if_stale

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
      start_simulators 100ms false 36
      start_gateway "gateway-$scenario" "${limits_off[@]}"
      bench=(--scenario fanout --rounds "${BENCH_ROUNDS:-60}" --warmup "${BENCH_WARMUP_SECONDS:-40}")
      ;;
    throughput-off)
      start_simulators 0s false 36
      start_gateway "gateway-$scenario" "${caches_off[@]}" "${limits_off[@]}"
      bench=(--scenario throughput --connections 50 --seconds "${BENCH_SECONDS:-20}"
        --warmup "${BENCH_WARMUP_SECONDS:-40}")
      ;;
    throughput)
      start_simulators 0s true 36
      start_gateway "gateway-$scenario"
      bench=(--scenario throughput --connections 50 --seconds "${BENCH_SECONDS:-20}"
        --warmup "${BENCH_WARMUP_SECONDS:-40}")
      ;;
    dashboard)
      start_simulators 100ms true 36
      start_gateway "gateway-$scenario"
      bench=(--scenario dashboard --viewers "${BENCH_VIEWERS:-200}" --seconds 60)
      ;;
    summary)
      start_simulators 100ms true "${BENCH_SUMMARY_ORDERS:-10000}"
      start_gateway "gateway-$scenario"
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
  stop_all
done
