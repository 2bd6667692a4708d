#!/usr/bin/env bash
# ./ordo bench: load through the gateway and its baselines, all measured in this one run on this machine.
#   create a task, list 50 tasks of a project, quick add  — Gatling, closed model, N users, T seconds each
#   pgbench: the equivalent single-row insert and 50-row indexed select, same N clients, same T
#   the list load straight at the tasks service (what the gateway costs)
#   list p95 with 10k and with 1M tasks in the database
# Prints each figure and the ratios; the last three lines are the ratios the targets are set on.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

USERS=${ORDO_BENCH_USERS:-8}
DURATION=${ORDO_BENCH_SECONDS:-20}
WARMUP=${ORDO_BENCH_WARMUP_SECONDS:-15}
BIG=${ORDO_BENCH_BIG_ROWS:-1000000}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq)
WORK=$ROOT/var/bench
# The ports come from services.table (./ordo port). The bench's own gateway sits 30000 above the usual one,
# clear of the browser tests' instance (+10000) and of a second instance at +20000.
GATEWAY_PORT=$(($(./ordo port gateway) + 30000))
GATEWAY_MGMT=$(($(./ordo port gateway management) + 30000))
TASKS_DIRECT=http://127.0.0.1:$(./ordo port tasks)
mkdir -p "$WORK"

say() { printf '%s\n' "$*"; }
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }

# 1. Ordo up, plus a second gateway with the rate limits lifted (the real one would answer 429 to a load test).
./ordo up >/dev/null
java -Xmx384m -XX:+UseSerialGC --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
  -jar var/app/gateway.jar --server.port=$GATEWAY_PORT --management.server.port=$GATEWAY_MGMT \
  --ordo.gateway.rate-limit.per-user=1000000000 --ordo.gateway.rate-limit.per-ip=1000000000 \
  >"$WORK/gateway.log" 2>&1 &
BENCH_GATEWAY=$!
cleanup() {
  kill "$BENCH_GATEWAY" 2>/dev/null || true
  "${PSQL[@]}" -d ordo_tasks -c "delete from task where title like 'bench-seed %'" >/dev/null 2>&1 || true
}
trap cleanup EXIT
for _ in $(seq 1 240); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$GATEWAY_MGMT/actuator/health/readiness") == 200 ]] && break
  sleep 0.5
done
BASE=http://127.0.0.1:$GATEWAY_PORT

# 2. A bench user, a token and a project the tasks service knows about.
EMAIL="bench-$(date +%s)@bench.ordo.local"
curl -sf -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"bench password 1\",\"name\":\"Bench\"}" >/dev/null
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"bench password 1\"}" | json 'd["accessToken"]')
PROJECT=$(curl -sf -X POST "$BASE/api/v1/projects" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Bench"}' | json 'd["id"]')
USER_ID=$(curl -sf "$BASE/api/v1/users/me" -H "Authorization: Bearer $TOKEN" | json 'd["id"]')
for _ in $(seq 1 120); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/tasks?projectId=$PROJECT&limit=1" \
        -H "Authorization: Bearer $TOKEN") == 200 ]] && break
  sleep 0.5
done

# 3. Data: the listed project holds 1,000 tasks; the database holds 10,000 in all.
seed() { # seed PROJECT_ID COUNT
  "${PSQL[@]}" -d ordo_tasks -c "insert into task (id, project_id, title, position, created_by, created_at, updated_at)
    select gen_random_uuid(), '$1', 'bench-seed ' || g, g, '$USER_ID', now(), now() from generate_series(1, $2) g"
}
seed_elsewhere() { # seed_elsewhere COUNT: tasks in 1,000 other projects
  "${PSQL[@]}" -d ordo_tasks -c "insert into task (id, project_id, title, position, created_by, created_at, updated_at)
    select gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad(to_hex(g % 1000), 12, '0'))::uuid,
           'bench-seed ' || g, g, '$USER_ID', now(), now() from generate_series(1, $1) g; analyze task"
}
seed "$PROJECT" 1000
total=$("${PSQL[@]}" -d ordo_tasks -c 'select count(*) from task')
(( total < 10000 )) && seed_elsewhere $((10000 - total))

"${PSQL[@]}" -d postgres -c 'drop database if exists ordo_bench' -c 'create database ordo_bench' >/dev/null
"${PSQL[@]}" -d ordo_bench -f bench/sql/baseline-schema.sql >/dev/null

# 4. Measurements.
declare -A RPS P50 P95 P99
gatling() { # gatling NAME SCENARIO BASE_URL [SECONDS]
  local name=$1
  ./mvnw -B -q -f bench/pom.xml gatling:test -Dgatling.simulationClass=dev.ordo.bench.OrdoSimulation \
    -Dordo.baseUrl="$3" -Dordo.token="$TOKEN" -Dordo.projectId="$PROJECT" -Dordo.scenario="$2" \
    -Dordo.users="$USERS" -Dordo.seconds="${4:-$DURATION}" >"$WORK/gatling-$name.log" 2>&1 \
    || { say "gatling $name failed; see $WORK/gatling-$name.log"; tail -20 "$WORK/gatling-$name.log"; exit 1; }
  read -r RPS[$name] P50[$name] P95[$name] P99[$name] < <(python3 - "$WORK/gatling-$name.log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
glob = text[text.rindex("Global Information"):]
def value(label):
    return re.search(re.escape(label) + r"[^|]*\|\s*([0-9.,]+)", glob).group(1).replace(",", "")
ko = re.search(r"> request count[^|]*\|\s*[0-9,]+\s*\|\s*[0-9,]+\s*\|\s*([0-9,-]+)", glob).group(1)
if ko not in ("-", "0"):
    print(f"bench: {ko} requests failed", file=sys.stderr)
print(value("mean throughput (rps)"), value("50th percentile (ms)"), value("95th percentile (ms)"),
      value("99th percentile (ms)"))
PY
)
}
pgbench_run() { # pgbench_run NAME SCRIPT
  local name=$1 dir="$WORK/pgbench-$1"
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && pgbench -h 127.0.0.1 -U postgres -n -c "$USERS" -j 2 -T "$DURATION" -l -f "$ROOT/$2" ordo_bench \
     >"$dir/out.txt" 2>&1)
  read -r RPS[$name] P50[$name] P95[$name] P99[$name] < <(python3 - "$dir" <<'PY'
import glob, re, sys
d = sys.argv[1]
tps = float(re.search(r"tps = ([0-9.]+)", open(d + "/out.txt").read()).group(1))
lat = sorted(int(l.split()[2]) / 1000.0 for f in glob.glob(d + "/pgbench_log.*") for l in open(f))
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]
print(f"{tps:.1f} {q(0.50):.2f} {q(0.95):.2f} {q(0.99):.2f}")
PY
)
}

say "load: $USERS concurrent users/clients, ${DURATION}s per figure (after a ${WARMUP}s warm-up of each service's JIT)"
gatling warmup-create create "$BASE" "$WARMUP"
gatling warmup-list list "$BASE" "$WARMUP"
gatling warmup-quick quick "$BASE" "$WARMUP"
gatling warmup-direct list "$TASKS_DIRECT" "$WARMUP"
pgbench_run insert bench/sql/baseline-insert.sql
pgbench_run select bench/sql/baseline-select.sql
gatling create create "$BASE"
gatling list list "$BASE"
gatling quick quick "$BASE"
gatling direct list "$TASKS_DIRECT"
p95_10k=${P95[list]}
total=$("${PSQL[@]}" -d ordo_tasks -c 'select count(*) from task')
(( total < BIG )) && seed_elsewhere $((BIG - total))
gatling list1m list "$BASE"

say ""
printf '%-34s %10s %10s %10s %10s\n' "figure" "req/s" "p50 ms" "p95 ms" "p99 ms"
row() { printf '%-34s %10s %10s %10s %10s\n' "$1" "${RPS[$2]}" "${P50[$2]}" "${P95[$2]}" "${P99[$2]}"; }
row "create task (gateway)" create
row "list 50 tasks (gateway)" list
row "quick add (gateway)" quick
row "list 50 tasks (tasks, direct)" direct
row "list 50 tasks (gateway, 1M rows)" list1m
row "pgbench single-row insert" insert
row "pgbench 50-row indexed select" select
say ""
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
say "list p95 at 10k tasks ${p95_10k} ms, at ${BIG} tasks ${P95[list1m]} ms: ratio 1M/10k $(ratio "${P95[list1m]}" "$p95_10k")"
say "ratio create/insert $(ratio "${RPS[create]}" "${RPS[insert]}")"
say "ratio list/select $(ratio "${RPS[list]}" "${RPS[select]}")"
say "ratio gateway/direct $(ratio "${RPS[list]}" "${RPS[direct]}")"
