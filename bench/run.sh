#!/usr/bin/env bash
# ./ordo bench: every figure of issue 11 in one run on this machine, so that the ratios compare like with like.
#   start-up: `./ordo up` from nothing running (jars built), then each service alone, stop to ready
#   loads (wrk, a C load generator, N connections, T seconds each after a warm-up): create a task, list 50
#     tasks and quick add through a gateway with the rate limits lifted; the list straight at tasks; the list
#     again with 1M tasks in the database
#   baselines (pgbench, the same N clients): the irreducible create transaction (task row + outbox row) and
#     one query returning the same 50 rows with their labels
#   for every load: CPU ms per request of each process (/proc), statements per request (pg_stat_statements)
#   events: write -> visible in audit under the create load; audit catching up on a backlog; resident memory
# The last lines are `figure <name> <value>` and then `ratio <name> <value>` (the issue's targets).
# It uses only the public API and the ./ordo verbs port, up, down (and the pid files under ORDO_VAR), so the
# same bench/ runs against older checkouts too. bench/README.md explains the method.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CONNS=${ORDO_BENCH_USERS:-8}               # wrk connections = pgbench clients
THREADS=${ORDO_BENCH_THREADS:-2}           # wrk threads = pgbench -j
DURATION=${ORDO_BENCH_SECONDS:-20}         # seconds per measured load
WARMUP=${ORDO_BENCH_WARMUP_SECONDS:-15}    # seconds of the same load before each, unmeasured (JIT)
BIG=${ORDO_BENCH_BIG_ROWS:-1000000}        # tasks in the database for the list-1M figure
BACKLOG=${ORDO_BENCH_BACKLOG:-100000}      # events for the catch-up figure (0: skip it)
CATCHUP_TIMEOUT=${ORDO_BENCH_CATCHUP_TIMEOUT:-150} # seconds at most for the relay, and again for audit
STARTUP=${ORDO_BENCH_STARTUP:-1}           # 0: skip the start-up figures (no down/up, no restarts)
KEEP=${ORDO_BENCH_KEEP:-0}                 # 1: leave the seeded rows and the bench's events in place

PREFIX=${ORDO_DB_PREFIX:-ordo_}
VAR=${ORDO_VAR:-$ROOT/var}
[[ $VAR == /* ]] || VAR=$ROOT/$VAR
RUN_DIR=$VAR/run
WORK=$VAR/bench
TASKS_DB=${PREFIX}tasks AUDIT_DB=${PREFIX}audit BENCH_DB=${PREFIX}bench CALENDAR_DB=${PREFIX}calendar
PSQL=(env PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq)
NCPU=$(nproc)
mkdir -p "$WORK"
rm -f "$WORK"/cpu.jsonl "$WORK"/statements.txt "$WORK"/reminders.txt "$WORK"/search.txt

say() { printf '%s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }
sql() { "${PSQL[@]}" -d "$1" -c "$2"; } # sql DATABASE STATEMENT -> its rows, unaligned
calc() { python3 -c "print($1)"; }
now() { date +%s.%N; }
http_code() { curl -s -o /dev/null -w '%{http_code}' --connect-timeout 1 --max-time 3 "$1" 2>/dev/null || true; }
pid_of() { # pid_of NAME -> the live pid of an ./ordo process (services, kafka, mail) from its pid file
  local pid
  [[ -f $RUN_DIR/$1.pid ]] || return 1
  pid=$(<"$RUN_DIR/$1.pid")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && printf '%s\n' "$pid"
}
ready_url() { printf 'http://127.0.0.1:%s/actuator/health/readiness\n' "$(./ordo port "$1" management)"; }
mapfile -t SERVICES < <(awk '!/^#/ && NF == 8 { print $1 }' services.table)

# ---------------------------------------------------------------------------------------------------------
# 0. The tools, and an idle machine.
ensure_wrk() { # like ./ordo's ensure_chromium: Debian's package, with sudo if not root, retried after apt-get update
  command -v wrk >/dev/null 2>&1 && return 0
  local sudo=()
  command -v apt-get >/dev/null 2>&1 || die "the bench needs wrk: install it (Debian/Ubuntu package wrk)"
  if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 || die "the bench needs wrk: as root, run apt-get install wrk"
    sudo=(sudo)
  fi
  say "installing wrk, the bench's load generator (apt-get install wrk)"
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk; then
    say "retrying after apt-get update"
    { "${sudo[@]}" apt-get update &&
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk; } ||
      die "installing wrk failed; install it yourself (apt-get install wrk)"
  fi
  command -v wrk >/dev/null 2>&1 || die "the wrk package did not install wrk"
}
ensure_wrk
command -v pgbench >/dev/null 2>&1 || die "pgbench is missing (Debian: postgresql-contrib / postgresql-client)"
read -r load1 load5 _ </proc/loadavg
say "machine: $NCPU cores, load average $load1 (1 min) $load5 (5 min) at the start$(
  python3 -c "import sys; print('' if float(sys.argv[1]) < 0.5 else ' -- NOT IDLE: the figures will be noisy')" "$load1")"

# ---------------------------------------------------------------------------------------------------------
# 1. Start-up: ./ordo up with the jars built and nothing running; then each service alone, stop to ready.
declare -A START_S
UP_S=n/a
start_to_ready() { # start_to_ready NAME: stop it, start it with ./ordo up, seconds from its process start to ready
  local name=$1 pid url t_ready tick boot_start up_pid
  pid=$(pid_of "$name") || die "$name is not running"
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  url=$(ready_url "$name")
  ./ordo up >"$WORK/up-$name.log" 2>&1 &
  up_pid=$!
  until [[ $(http_code "$url") == 200 ]]; do
    kill -0 "$up_pid" 2>/dev/null || [[ $(http_code "$url") == 200 ]] ||
      { tail -20 "$WORK/up-$name.log"; die "./ordo up did not bring $name back"; }
    sleep 0.05
  done
  t_ready=$(cut -d' ' -f1 /proc/uptime)
  wait "$up_pid" || { tail -20 "$WORK/up-$name.log"; die "./ordo up failed while restarting $name"; }
  pid=$(pid_of "$name")
  tick=$(getconf CLK_TCK)
  boot_start=$(awk '{ sub(/^.*\) /, ""); print $20 }' "/proc/$pid/stat") # field 22: start time, ticks after boot
  START_S[$name]=$(calc "round($t_ready - $boot_start / $tick, 2)")
}
if [[ $STARTUP == 1 ]]; then
  ./ordo up >"$WORK/up-build.log" 2>&1 || { tail -30 "$WORK/up-build.log"; die "./ordo up failed"; } # builds what is missing
  ./ordo down >"$WORK/down.log" 2>&1
  t0=$(now)
  ./ordo up >"$WORK/up.log" 2>&1 || { tail -30 "$WORK/up.log"; die "./ordo up failed"; }
  UP_S=$(calc "round($(now) - $t0, 1)")
  say "./ordo up (jars built, nothing running): ${UP_S} s to every service ready"
  for name in "${SERVICES[@]}"; do
    start_to_ready "$name"
    say "  $name alone, process start to ready: ${START_S[$name]} s"
  done
else
  ./ordo up >"$WORK/up.log" 2>&1 || { tail -30 "$WORK/up.log"; die "./ordo up failed"; }
fi

# ---------------------------------------------------------------------------------------------------------
# 2. A second gateway with the rate limits lifted (the real one answers 429 to a load test): the instance's
#    gateway command line (/proc), on ports 30000 above, clear of the browser tests' instance (+10000).
GATEWAY_PORT=$(($(./ordo port gateway) + 30000))
GATEWAY_MGMT=$(($(./ordo port gateway management) + 30000))
TASKS_DIRECT=http://127.0.0.1:$(./ordo port tasks)
if [[ -f $WORK/bench-gateway.pid ]]; then # left by an interrupted run
  old=$(<"$WORK/bench-gateway.pid")
  if [[ $old =~ ^[0-9]+$ ]] && grep -qzxF -- -Dordo.process=bench-gateway "/proc/$old/cmdline" 2>/dev/null; then
    kill "$old" && while kill -0 "$old" 2>/dev/null; do sleep 0.1; done
  fi
fi
gw_pid=$(pid_of gateway) || die "the gateway is not running"
mapfile -d '' -t gw_cmd <"/proc/$gw_pid/cmdline"
bench_cmd=()
for arg in "${gw_cmd[@]}"; do
  case $arg in
    --server.port=*) bench_cmd+=("--server.port=$GATEWAY_PORT") ;;
    --management.server.port=*) bench_cmd+=("--management.server.port=$GATEWAY_MGMT") ;;
    -Dordo.process=*) bench_cmd+=("-Dordo.process=bench-gateway") ;;
    *) bench_cmd+=("$arg") ;;
  esac
done
# (./ordo passes both ports; a property given twice would become a list, so they are replaced, not added)
printf '%s\n' "${bench_cmd[@]}" | grep -qx -- "--server.port=$GATEWAY_PORT" || bench_cmd+=("--server.port=$GATEWAY_PORT")
printf '%s\n' "${bench_cmd[@]}" | grep -qx -- "--management.server.port=$GATEWAY_MGMT" ||
  bench_cmd+=("--management.server.port=$GATEWAY_MGMT")
bench_cmd+=(--ordo.gateway.rate-limit.per-user=1000000000 --ordo.gateway.rate-limit.per-ip=1000000000)
(cd "/proc/$gw_pid/cwd" 2>/dev/null || cd "$ROOT"; exec "${bench_cmd[@]}") >"$WORK/gateway.log" 2>&1 &
BENCH_GATEWAY=$!
printf '%s\n' "$BENCH_GATEWAY" >"$WORK/bench-gateway.pid"

USER_ID=
cleanup() {
  kill "$BENCH_GATEWAY" 2>/dev/null || true
  rm -f "$WORK/bench-gateway.pid"
  [[ $KEEP == 1 ]] && return 0
  # Seeded rows and every task of the bench user (its events stay in Kafka and audit, see bench/README.md).
  sql "$TASKS_DB" "delete from task where title like 'bench-seed %'$([[ -n $USER_ID ]] && echo " or created_by = '$USER_ID'")" \
    >/dev/null 2>&1 || true
  sql "$CALENDAR_DB" "delete from task_replica where title like 'bench-agenda %'" >/dev/null 2>&1 || true
  [[ -n $USER_ID ]] && sql "$CALENDAR_DB" "delete from calendar_event where created_by = '$USER_ID'" >/dev/null 2>&1
  true
}
trap cleanup EXIT
for _ in $(seq 1 600); do
  [[ $(http_code "http://127.0.0.1:$GATEWAY_MGMT/actuator/health/readiness") == 200 ]] && break
  kill -0 "$BENCH_GATEWAY" 2>/dev/null || { tail -20 "$WORK/gateway.log"; die "the bench gateway exited"; }
  sleep 0.2
done
BASE=http://127.0.0.1:$GATEWAY_PORT

# ---------------------------------------------------------------------------------------------------------
# 3. A bench user, a project, and data: the listed project holds 1,000 tasks (labels like the baseline's),
#    the database at least 10,000.
EMAIL="bench-$(date +%s)@bench.ordo.local"
curl -sf -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"bench password 1\",\"name\":\"Bench\"}" >/dev/null ||
  die "could not register the bench user"
login() {
  curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"bench password 1\"}" | json 'd["accessToken"]'
}
TOKEN=$(login)
PROJECT=$(curl -sf -X POST "$BASE/api/v1/projects" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Bench"}' | json 'd["id"]')
USER_ID=$(curl -sf "$BASE/api/v1/users/me" -H "Authorization: Bearer $TOKEN" | json 'd["id"]')
for _ in $(seq 1 240); do # the tasks service learns of the project from an event
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/tasks?projectId=$PROJECT&limit=1" \
        -H "Authorization: Bearer $TOKEN") == 200 ]] && break
  sleep 0.5
done
HAS_TASK_LABEL=$(sql "$TASKS_DB" "select count(*) from information_schema.tables where table_name = 'task_label'")
seed() { # seed PROJECT_ID COUNT
  sql "$TASKS_DB" "insert into task (id, project_id, title, position, created_by, created_at, updated_at)
    select gen_random_uuid(), '$1', 'bench-seed ' || g, g, '$USER_ID', now(), now() from generate_series(1, $2) g"
  if [[ $HAS_TASK_LABEL == 1 ]]; then
    sql "$TASKS_DB" "insert into task_label (task_id, name)
      select id, 'bench-a' from task where project_id = '$1' and position % 2 = 0
      union all select id, 'bench-b' from task where project_id = '$1' and position % 3 = 0"
  fi
}
seed_elsewhere() { # seed_elsewhere COUNT: tasks in 1,000 other projects
  sql "$TASKS_DB" "insert into task (id, project_id, title, position, created_by, created_at, updated_at)
    select gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad(to_hex(g % 1000), 12, '0'))::uuid,
           'bench-seed ' || g, g, '$USER_ID', now(), now() from generate_series(1, $1) g"
  sql "$TASKS_DB" "vacuum analyze task" >/dev/null
}
seed "$PROJECT" 1000
total=$(sql "$TASKS_DB" 'select count(*) from task')
((total < 10000)) && seed_elsewhere $((10000 - total))
sql "$TASKS_DB" "vacuum analyze task" >/dev/null

sql postgres "drop database if exists $BENCH_DB" >/dev/null
sql postgres "create database $BENCH_DB" >/dev/null
"${PSQL[@]}" -d "$BENCH_DB" -f bench/sql/baseline-schema.sql >/dev/null

# ---------------------------------------------------------------------------------------------------------
# 4. Per-load instruments: CPU per process (/proc), statements (pg_stat_statements, this instance's databases).
STATEMENTS=0
if sql postgres 'show shared_preload_libraries' | grep -q pg_stat_statements; then
  sql postgres 'create extension if not exists pg_stat_statements' >/dev/null && STATEMENTS=1
fi
STAT_DBS=("${PREFIX}tasks" "${PREFIX}identity" "${PREFIX}projects" "${PREFIX}audit" "$CALENDAR_DB" "$BENCH_DB")
db_list() { local d out=""; for d in "${STAT_DBS[@]}"; do out+="${out:+,}'$d'"; done; printf '%s' "$out"; }
statements_reset() { # only this instance's databases: other instances' statistics are not ours to clear
  ((STATEMENTS)) || return 0
  sql postgres "select count(pg_stat_statements_reset(0, oid, 0)) from pg_database where datname in ($(db_list))" >/dev/null
}
statements_report() { # statements_report LOAD REQUESTS
  local name=$1 n=$2
  {
    say "$name: statements per request ($n requests)"
    if ((STATEMENTS == 0)); then
      say "  statements: n/a (add pg_stat_statements to shared_preload_libraries)"
      return 0
    fi
    sql postgres "select format('  %-22s %8s', d.datname, round(coalesce(sum(s.calls), 0)::numeric / $n, 2))
      from pg_database d left join pg_stat_statements s on s.dbid = d.oid
      where d.datname in ($(db_list)) group by d.datname order by d.datname"
    local top_db=$TASKS_DB
    [[ $name == pgbench* ]] && top_db=$BENCH_DB
    [[ $name == agenda ]] && top_db=$CALENDAR_DB
    say "  top statements in $top_db (calls per request, mean ms, text):"
    sql postgres "select format('    %6s %7s  %s', round(s.calls::numeric / $n, 2), round(s.mean_exec_time::numeric, 3),
        left(regexp_replace(s.query, '\s+', ' ', 'g'), 110))
      from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = '$top_db' order by s.calls desc limit 8"
  } >>"$WORK/statements.txt"
}
cpu_groups() { # the processes measured: NAME=pids (empty: not running)
  local name
  printf '%s\n' "gateway=$BENCH_GATEWAY"
  for name in "${SERVICES[@]}"; do [[ $name == gateway ]] || printf '%s\n' "$name=$(pid_of "$name" || true)"; done
  printf '%s\n' "postgres=@postgres" "kafka=$(pid_of kafka || true)" "redis=$(pgrep -d, -x redis-server || true)"
}
cpu_snap() { mapfile -t groups < <(cpu_groups); python3 bench/procstat.py snap "$1" "${groups[@]}"; }

# ---------------------------------------------------------------------------------------------------------
# 5. The loads.
declare -A RPS P50 P95 P99 N
RUN_ID=$(date +%s)
export ORDO_BENCH_LUA=$ROOT/bench/wrk ORDO_BENCH_PROJECT=$PROJECT ORDO_BENCH_RUN=$RUN_ID
wrk_load() { # wrk_load NAME SCRIPT URL SECONDS MEASURE(0|1)
  local name=$1 script=$2 url=$3 seconds=$4 measure=$5 out=$WORK/wrk-$1.txt line
  ORDO_BENCH_TOKEN=$(login)
  export ORDO_BENCH_TOKEN
  if ((measure)); then statements_reset; cpu_snap "$WORK/cpu-start.json"; fi
  # The subshell reaps wrk and then copies its own /proc stat: its cutime+cstime is wrk's CPU.
  (wrk -t "$THREADS" -c "$CONNS" -d "${seconds}s" --timeout 10s -s "bench/wrk/$script.lua" "$url" >"$out" 2>&1 || exit 1
    cat "/proc/$BASHPID/stat" >"$WORK/client.stat") || { cat "$out"; die "wrk failed ($name)"; }
  ((measure)) && cpu_snap "$WORK/cpu-end.json"
  line=$(grep '^ORDO ' "$out") || { cat "$out"; die "wrk printed no figures ($name)"; }
  local -A f=()
  for kv in ${line#ORDO }; do f[${kv%%=*}]=${kv#*=}; done
  local bad=$((f[non2xx] + f[connect] + f[read] + f[write] + f[timeout]))
  if ((bad > 0)); then
    cat "$out"
    die "$name: $bad of ${f[requests]} requests failed (non-2xx ${f[non2xx]}, socket errors connect ${f[connect]} read ${f[read]} write ${f[write]} timeout ${f[timeout]})"
  fi
  ((measure)) || return 0
  N[$name]=${f[requests]}
  RPS[$name]=$(calc "round(${f[requests]} / (${f[duration_us]} / 1e6), 1)")
  P50[$name]=$(calc "round(${f[p50_us]} / 1000, 2)")
  P95[$name]=$(calc "round(${f[p95_us]} / 1000, 2)")
  P99[$name]=$(calc "round(${f[p99_us]} / 1000, 2)")
  python3 bench/procstat.py cpu "$name" "$WORK/cpu-start.json" "$WORK/cpu-end.json" "${f[requests]}" \
    "$WORK/cpu.jsonl" "wrk=$WORK/client.stat"
  statements_report "$name" "${f[requests]}"
}
pgbench_load() { # pgbench_load NAME SCRIPT
  local name=$1 dir="$WORK/pgbench-$1"
  rm -rf "$dir" && mkdir -p "$dir"
  # Warm the table and the plan cache a little, like the services' warm-up.
  # (three tries: on a shared PostgreSQL, max_connections may be reached for a moment)
  local try
  for try in 1 2 3; do
    (cd "$dir" && pgbench -h 127.0.0.1 -U postgres -n -c "$CONNS" -j "$THREADS" -T 2 -f "$2" "$BENCH_DB" \
       >"$dir/warm.txt" 2>&1) && break
    ((try < 3)) || { tail -5 "$dir/warm.txt"; die "pgbench failed ($name, warm-up)"; }
    sleep 5
  done
  statements_reset
  cpu_snap "$WORK/cpu-start.json"
  (cd "$dir" && pgbench -h 127.0.0.1 -U postgres -n -c "$CONNS" -j "$THREADS" -T "$DURATION" -l -f "$2" "$BENCH_DB" \
     >"$dir/out.txt" 2>&1 || exit 1
   cat "/proc/$BASHPID/stat" >"$WORK/client.stat") || { cat "$dir/out.txt"; die "pgbench failed ($name)"; }
  cpu_snap "$WORK/cpu-end.json"
  local n
  read -r n RPS[$name] P50[$name] P95[$name] P99[$name] < <(python3 - "$dir" <<'PY'
import glob, re, sys
d = sys.argv[1]
out = open(d + "/out.txt").read()
tps = float(re.search(r"tps = ([0-9.]+)", out).group(1))
failed = re.search(r"number of failed transactions: ([0-9]+)", out)
if failed and int(failed.group(1)):
    sys.exit(f"pgbench: {failed.group(1)} transactions failed")
lat = sorted(int(l.split()[2]) / 1000.0 for f in glob.glob(d + "/pgbench_log.*") for l in open(f))
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]
print(len(lat), f"{tps:.1f} {q(0.50):.2f} {q(0.95):.2f} {q(0.99):.2f}")
PY
)
  N[$name]=$n
  python3 bench/procstat.py cpu "$name" "$WORK/cpu-start.json" "$WORK/cpu-end.json" "$n" "$WORK/cpu.jsonl" \
    "pgbench=$WORK/client.stat"
  statements_report "$name" "$n"
}

say "load: wrk, $CONNS connections on $THREADS threads (pgbench: $CONNS clients, -j $THREADS), ${DURATION}s per figure after a ${WARMUP}s warm-up of the same load"
LIST_PATH="/api/v1/tasks?projectId=$PROJECT&limit=50"
# write -> visible in audit: the events of the measured create load, from the audit database
create_from=$(date -u +%FT%T.%NZ)
wrk_load warm-create create "$BASE/api/v1/tasks" "$WARMUP" 0
create_from=$(date -u +%FT%T.%NZ)
wrk_load create create "$BASE/api/v1/tasks" "$DURATION" 1
create_to=$(date -u +%FT%T.%NZ)
wrk_load warm-list list "$BASE$LIST_PATH" "$WARMUP" 0
wrk_load list list "$BASE$LIST_PATH" "$DURATION" 1
wrk_load warm-quick quick "$BASE/api/v1/tasks/quick" "$WARMUP" 0
wrk_load quick quick "$BASE/api/v1/tasks/quick" "$DURATION" 1
wrk_load warm-direct list "$TASKS_DIRECT$LIST_PATH" "$WARMUP" 0
wrk_load direct list "$TASKS_DIRECT$LIST_PATH" "$DURATION" 1

# The agenda (calendar, issue 12): a month for the bench user with 500 tasks due in it (half of them at a time)
# and 50 recurring events that began three months before. The tasks go straight into calendar's task replica
# (as the seeds above go into tasks' tables: what tasks would announce), the events through the API. A
# checkout from before calendar has no calendar database, and no agenda figure.
seed_agenda() {
  local from=$1 start i rule
  for _ in $(seq 1 240); do # calendar learns of the project from an event
    [[ $(sql "$CALENDAR_DB" "select count(*) from membership where project_id = '$PROJECT' and user_id = '$USER_ID'") == 1 ]] &&
      break
    sleep 0.5
  done
  sql "$CALENDAR_DB" "insert into task_replica (id, project_id, title, status, due_date, due_at, due_timezone, version)
    select gen_random_uuid(), '$PROJECT', 'bench-agenda ' || g, 'PENDING', '$from'::date + (g % 28),
           case when g % 2 = 0 then ('$from'::date + (g % 28))::timestamp + interval '8 hours' + (g % 10) * interval '1 hour' end,
           case when g % 2 = 0 then 'UTC' end, 1
    from generate_series(1, 500) g" >/dev/null
  sql "$CALENDAR_DB" "analyze task_replica" >/dev/null
  start=$(date -u -d "$from -3 months" +%F)
  for i in $(seq 1 50); do
    case $((i % 3)) in
      0) rule="FREQ=DAILY" ;;
      1) rule="FREQ=WEEKLY;BYDAY=MO,WE,FR" ;;
      *) rule="FREQ=WEEKLY;INTERVAL=2;COUNT=40" ;;
    esac
    curl -sf -X POST "$BASE/api/v1/events" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"title\":\"bench meeting $i\",\"start\":\"${start}T$(printf %02d $((8 + i % 10))):30\",\"timezone\":\"Europe/Paris\",\"projectId\":\"$PROJECT\",\"recurrence\":\"$rule\"}" \
      >/dev/null || die "could not create the bench's event $i"
  done
}
AGENDA=0
if [[ $(sql "$CALENDAR_DB" "select 1" 2>/dev/null) == 1 ]]; then
  AGENDA=1
  agenda_from=$(date -u +%Y-%m-01)
  seed_agenda "$agenda_from"
  AGENDA_PATH="/api/v1/agenda?from=$agenda_from&to=$(date -u -d "$agenda_from +1 month -1 day" +%F)"
  wrk_load warm-agenda list "$BASE$AGENDA_PATH" "$WARMUP" 0
  wrk_load agenda list "$BASE$AGENDA_PATH" "$DURATION" 1
fi

# The baselines, with a real task.created payload in the create transaction.
payload=$(sql "$TASKS_DB" "select payload from outbox_event where event_type = 'task.created' order by seq desc limit 1")
[[ -n $payload ]] || die "no task.created event in $TASKS_DB's outbox to copy"
python3 - "$payload" bench/sql/baseline-create.sql.in "$WORK/baseline-create.sql" <<'PY'
import base64, sys
payload, src, dst = sys.argv[1:]
# base64: pgbench would take every ":name" inside the JSON for one of its variables
literal = "convert_from(decode('" + base64.b64encode(payload.encode()).decode() + "', 'base64'), 'UTF8')"
open(dst, "w").write(open(src).read().replace("@PAYLOAD@", literal))
PY
pgbench_load pgbench-create "$WORK/baseline-create.sql"
pgbench_load pgbench-select "$ROOT/bench/sql/baseline-select.sql"

# write -> visible in audit, for the events of the create load (recorded_at: when audit stored it)
settle_audit() { # wait until audit has stored every task.created up to now (at most 60 s)
  local want have i
  want=$(sql "$TASKS_DB" "select count(*) from outbox_event where event_type = 'task.created' and created_at >= '$create_from' and created_at < '$create_to'")
  for i in $(seq 1 120); do
    have=$(sql "$AUDIT_DB" "select count(*) from audit_event where type = 'task.created' and occurred_at >= '$create_from' and occurred_at < '$create_to'")
    ((have >= want)) && break
    sleep 0.5
  done
  printf '%s %s\n' "$have" "$want"
}
read -r audit_have audit_want < <(settle_audit)
read -r LAG50 LAG99 < <(sql "$AUDIT_DB" "select round((percentile_cont(0.5) within group (order by lag))::numeric, 1),
    round((percentile_cont(0.99) within group (order by lag))::numeric, 1)
  from (select extract(epoch from recorded_at - occurred_at) * 1000 as lag from audit_event
        where type = 'task.created' and occurred_at >= '$create_from' and occurred_at < '$create_to') l" | tr '|' ' ')

# The list again with BIG tasks in the database.
total=$(sql "$TASKS_DB" 'select count(*) from task')
((total < BIG)) && seed_elsewhere $((BIG - total))
wrk_load warm-list1m list "$BASE$LIST_PATH" "$((WARMUP < 5 ? WARMUP : 5))" 0
wrk_load list-1M list "$BASE$LIST_PATH" "$DURATION" 1

# Reminders (notifications, issue 14): 1,000 absolute reminders due in the same minute, made through the bench
# gateway a minute ahead; how late each fired (bench/reminders.sh). Skipped without a notifications database.
REMINDER_P99=n/a
if [[ $(sql "${PREFIX}notifications" "select 1" 2>/dev/null) == 1 ]]; then
  BENCH_BASE=$BASE BENCH_TOKEN=$TOKEN BENCH_PROJECT=$PROJECT BENCH_USER_ID=$USER_ID bench/reminders.sh \
    >"$WORK/reminders.txt" 2>&1 || say "reminders: the scenario failed: $(tail -1 "$WORK/reminders.txt")"
  REMINDER_P99=$(awk '$1 == "figure" && $2 == "reminder-lateness-p99-ms" { print $3 }' "$WORK/reminders.txt")
fi

# Search (issue 15): freshness under a create load, and search p95 with 1M documents against 10k
# (bench/search.sh). Skipped without a search database (an older checkout).
SEARCH_FRESH=n/a SEARCH_RATIO=n/a
if [[ $(sql "${PREFIX}search" "select 1" 2>/dev/null) == 1 ]]; then
  BENCH_BASE=$BASE BENCH_EMAIL=$EMAIL BENCH_PROJECT=$PROJECT BENCH_USER_ID=$USER_ID bench/search.sh \
    >"$WORK/search.txt" 2>&1 || say "search: the scenario failed: $(tail -1 "$WORK/search.txt")"
  SEARCH_FRESH=$(awk '$1 == "figure" && $2 == "search-freshness-p99-ms" { print $3 }' "$WORK/search.txt")
  SEARCH_RATIO=$(awk '$1 == "figure" && $2 == "search-p95-ratio-1m-vs-10k" { print $3 }' "$WORK/search.txt")
fi

# ---------------------------------------------------------------------------------------------------------
# 6. Resident memory of the whole system (./ordo's processes: services, Kafka, the mail server), after the loads.
rss_args=()
for name in "${SERVICES[@]}" kafka mail; do rss_args+=("$name=$(pid_of "$name" || echo 0)"); done
python3 bench/procstat.py rss "${rss_args[@]}" >"$WORK/rss.txt"
MEM_MB=$(awk '$1 == "total" { print $2 }' "$WORK/rss.txt")

# ---------------------------------------------------------------------------------------------------------
# 7. Catch-up: audit stopped, a backlog of task.created events (copies of a real one with fresh ids, inserted
#    into the tasks outbox and published by its relay), then audit started and timed until it stored them all.
CATCHUP=n/a RELAY=n/a CATCHUP_NOTE=""
if ((BACKLOG > 0)); then
  template=$(sql "$TASKS_DB" "select id from outbox_event where event_type = 'task.created' and published_at is not null order by seq desc limit 1")
  [[ -n $template ]] || die "no published task.created event to copy"
  apid=$(pid_of audit) || die "audit is not running"
  kill -TERM "$apid"
  while kill -0 "$apid" 2>/dev/null; do sleep 0.1; done
  audit_base=$(sql "$AUDIT_DB" 'select count(*) from audit_event')
  # Every id in the copy (the event's, the task's) is replaced by a fresh one; the title marks it as the bench's.
  sql "$TASKS_DB" "insert into outbox_event (id, topic, event_key, event_type, payload, aggregate_version)
    select n.event_id, o.topic, n.task_id::text, o.event_type,
           replace(replace(replace(o.payload, o.id::text, n.event_id::text), o.event_key, n.task_id::text),
                   (o.payload::jsonb -> 'data' -> 'task' ->> 'title'), 'bench-backlog ' || g),
           1
    from outbox_event o, generate_series(1, $BACKLOG) g,
         lateral (select gen_random_uuid() as event_id, gen_random_uuid() as task_id, g as gg) n
    where o.id = '$template'" >/dev/null
  t0=$(now)
  deadline=$((SECONDS + CATCHUP_TIMEOUT))
  while :; do
    left=$(sql "$TASKS_DB" "select count(*) from outbox_event where published_at is null and parked_at is null")
    ((left == 0 || SECONDS >= deadline)) && break
    sleep 0.5
  done
  published=$((BACKLOG - left))
  RELAY=$(calc "round($published / ($(now) - $t0))")
  ((left == 0)) || CATCHUP_NOTE=" (relay timed out: $published of $BACKLOG published in ${CATCHUP_TIMEOUT} s)"
  target=$((audit_base + published))
  ./ordo up >"$WORK/up-audit.log" 2>&1 &
  up_pid=$!
  # Its start (up to 300 s, like ./ordo's wait) is not timed; the catch-up is, from the last poll before the
  # first stored event, for at most CATCHUP_TIMEOUT s.
  deadline=$((SECONDS + 300))
  t_last_idle=$(now) have=$audit_base
  while ((have < target && SECONDS < deadline)); do
    sleep 0.5
    t=$(now)
    have=$(sql "$AUDIT_DB" 'select count(*) from audit_event' 2>/dev/null || echo "$have")
    if ((have == audit_base)); then
      t_last_idle=$t
    elif ((deadline - SECONDS > CATCHUP_TIMEOUT)); then
      deadline=$((SECONDS + CATCHUP_TIMEOUT))
    fi
  done
  stored=$((have - audit_base))
  CATCHUP=$(calc "round($stored / max($(now) - $t_last_idle, 0.001))")
  ((have >= target)) || CATCHUP_NOTE+=" (audit timed out: $stored of $published stored)"
  wait "$up_pid" || { tail -20 "$WORK/up-audit.log"; die "./ordo up failed while restarting audit"; }
  if [[ $KEEP != 1 ]]; then # the backlog's rows: superuser deletes what audit's own role may not (append-only)
    sql "$AUDIT_DB" "with gone as (delete from audit_event where type = 'task.created'
                                     and payload -> 'task' ->> 'title' like 'bench-backlog %' returning id)
                     delete from processed_event where event_id in (select id from gone)" >/dev/null 2>&1 || true
    sql "$AUDIT_DB" "delete from audit_name where kind = 'task' and name like 'bench-backlog %'" >/dev/null 2>&1 || true
    sql "$TASKS_DB" "delete from outbox_event where event_type = 'task.created' and payload like '%\"bench-backlog %'" \
      >/dev/null 2>&1 || true
  fi
fi

# ---------------------------------------------------------------------------------------------------------
# 8. The report.
say ""
printf '%-40s %10s %10s %10s %10s %9s\n' "figure" "req/s" "p50 ms" "p95 ms" "p99 ms" "requests"
row() { printf '%-40s %10s %10s %10s %10s %9s\n' "$1" "${RPS[$2]}" "${P50[$2]}" "${P95[$2]}" "${P99[$2]}" "${N[$2]}"; }
row "create task (gateway)" create
row "list 50 tasks (gateway)" list
row "quick add (gateway)" quick
row "list 50 tasks (tasks, direct)" direct
((AGENDA)) && row "agenda, a month (gateway)" agenda
row "list 50 tasks (gateway, $BIG rows)" list-1M
row "pgbench create transaction" pgbench-create
row "pgbench 50-row select with labels" pgbench-select
say ""
python3 bench/procstat.py table "$WORK/cpu.jsonl"
wrk_share=$(python3 -c "
import json
rows = [json.loads(l) for l in open('$WORK/cpu.jsonl')]
print(max(r['share'].get('wrk', 0) for r in rows if 'wrk' in r['share']))")
say "wrk's share of the machine: at most $(calc "round($wrk_share, 1)") % $(python3 -c "print('(<= 10 %: ok)' if $wrk_share <= 10 else '(OVER 10 %: the load generator is not cheap enough here)')")"
say ""
cat "$WORK/statements.txt"
say ""
say "events: write -> visible in audit under the create load: p50 ${LAG50:-n/a} ms, p99 ${LAG99:-n/a} ms ($audit_have of $audit_want events stored)"
if ((BACKLOG > 0)); then
  say "events: relay published the $BACKLOG-event backlog at $RELAY events/s"
  say "catch-up $CATCHUP events/s$CATCHUP_NOTE"
fi
say ""
if [[ $STARTUP == 1 ]]; then
  say "start-up: ./ordo up ${UP_S} s; each service alone, process start to ready:$(for n in "${SERVICES[@]}"; do printf ' %s %s s,' "$n" "${START_S[$n]}"; done | sed 's/,$//')"
fi
say "resident memory (MB, VmRSS) after the loads:"
sed 's/^/  /' "$WORK/rss.txt"
START_MAX=n/a
if [[ $STARTUP == 1 ]]; then
  START_MAX=$(printf '%s\n' "${START_S[@]}" | sort -g | tail -1)
fi
say ""
ratio() { python3 -c "print(f'{$1 / $2:.3f}')"; }
say "figure audit-lag-p50-ms ${LAG50:-n/a}"
say "figure audit-lag-p99-ms ${LAG99:-n/a}"
say "figure relay-events-per-s $RELAY"
say "figure catch-up-events-per-s $CATCHUP"
say "figure up-seconds $UP_S"
say "figure start-max-seconds $START_MAX"
say "figure memory-mb $MEM_MB"
say "figure wrk-share-percent $(calc "round($wrk_share, 1)")"
[[ -f $WORK/reminders.txt ]] && grep '^reminders:' "$WORK/reminders.txt" || true
say "figure reminder-lateness-p99-ms ${REMINDER_P99:-n/a}"
[[ -f $WORK/search.txt ]] && grep '^search:' "$WORK/search.txt" || true
say "figure search-freshness-p99-ms ${SEARCH_FRESH:-n/a}"
say "figure search-p95-ratio-1m-vs-10k ${SEARCH_RATIO:-n/a}"
say "figure agenda-month-p95-ms $( ((AGENDA)) && echo "${P95[agenda]}" || echo n/a)"
say "ratio create/insert $(ratio "${RPS[create]}" "${RPS[pgbench-create]}")"
say "ratio list/select $(ratio "${RPS[list]}" "${RPS[pgbench-select]}")"
say "ratio gateway/direct $(ratio "${RPS[list]}" "${RPS[direct]}")"
say "ratio list-1M/10k $(ratio "${P95[list-1M]}" "${P95[list]}")"
