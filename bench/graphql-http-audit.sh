#!/usr/bin/env bash
# Runs the GraphQL-over-HTTP conformance audit (the npm package graphql-http, the spec's own
# suite) against the packaged gateway on its embedded sandbox, on loopback only, and prints every
# audit with its result and the counts per MUST / SHOULD / MAY. Builds the app if it is missing or
# older than the sources; installs graphql-http (pinned) under target/bench/audit with npm.
#
#   bench/graphql-http-audit.sh
#
# Needs node 18+ and npm. Not part of ./mvnw verify or .ci/run: GraphQLOverHttpTest holds each case
# of the audit as a test of its own. Exits 1 when a MUST or a SHOULD fails.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/quarkus-app/quarkus-run.jar
work=target/bench/audit
app_pid=

if [[ ! -f $jar || -n $(find src/main pom.xml -newer "$jar" -print -quit) ]]; then
  ./mvnw -B -ntp package -DskipTests
fi
mkdir -p "$work"
if [[ ! -d $work/node_modules/graphql-http ]]; then
  npm install --prefix "$work" --no-audit --no-fund --silent graphql-http@1.23.1 graphql@16.11.0
fi

port=
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (: </dev/tcp/127.0.0.1/"$candidate") 2>/dev/null; then
    port=$candidate
    break
  fi
done
[[ -n $port ]] || { echo "no free loopback port found" >&2; exit 1; }

stop_app() {
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
}
trap stop_app EXIT

env COMMERCE_SANDBOX=true QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
  COMMERCE_SANDBOX_BASE_URL="http://127.0.0.1:$port" \
  java -jar "$jar" >"$work/gateway.log" 2>&1 &
app_pid=$!

cat >"$work/audit.mjs" <<'JS'
import { auditServer } from 'graphql-http';

const url = process.argv[2];
// Every GraphQL request needs a caller: the sandbox's documented local key.
const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, headers: { ...(init.headers || {}), 'x-api-key': 'commerce-local-dev-key' } });

for (let i = 0; i < 120; i++) {
  try {
    const res = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }) });
    if (res.status === 200) break;
  } catch { /* not up yet */ }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

const results = await auditServer({ url, fetchFn });
const counts = {};
let failedRequired = 0;
for (const result of results) {
  const level = result.name.split(' ')[0];
  counts[level] ??= { ok: 0, warn: 0, error: 0 };
  counts[level][result.status]++;
  if (result.status !== 'ok' && (level === 'MUST' || level === 'SHOULD')) failedRequired++;
  console.log(`${result.status.padEnd(5)} ${result.id} ${result.name}` +
    (result.status === 'ok' ? '' : `: ${result.reason}`));
}
for (const [level, c] of Object.entries(counts)) {
  console.log(`${level}: ${c.ok} passed, ${c.warn + c.error} failed`);
}
process.exit(failedRequired === 0 ? 0 : 1);
JS
(cd "$work" && node audit.mjs "http://127.0.0.1:$port/graphql")
