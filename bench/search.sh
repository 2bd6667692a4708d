#!/usr/bin/env bash
# The search figures (issue 15). Prints "search: ..." lines and, last, the two figures:
#   figure search-freshness-p99-ms N: CLIENTS creators make ORDO_BENCH_SEARCH_TASKS tasks through the API, as fast
#     as they can (the create load), each with a word of its own; after each create is answered, its creator asks
#     search for that word every 50 ms (ORDO_BENCH_SEARCH_POLL_MS) until the task is a hit. The time from the
#     create's answer to the first search that finds it, p99 (also p50, max). Polling much faster loads the search
#     service with searches more than the create load does. Also printed: the service's own timer
#     (ordo.search.freshness, the event's time to its document committed) over the same tasks, from /actuator/prometheus.
#   figure search-p95-ratio-1m-vs-10k R: the p95 of searches (wrk, CLIENTS connections: words, a phrase, prefixes
#     as typed, a typo) with 10,000 documents indexed, then again after 1,000,000 (ORDO_BENCH_SEARCH_SMALL/BIG),
#     and their ratio. The documents go straight into a search database of the bench's own (<prefix>bench_search)
#     with generate_series (bench/sql/search-seed.sql), served by a second search process of the instance's own
#     command line (its listeners off, so it reads no topic); the bench user is a member of 10 of its projects
#     (1,000 documents it may see, at both sizes), the rest belong to 100 or 10,000 other projects.
#
# Called by bench/run.sh with its bench gateway (rate limits lifted), user and project:
#   BENCH_BASE=http://127.0.0.1:<port> BENCH_EMAIL=... BENCH_PROJECT=... BENCH_USER_ID=... bench/search.sh
# Alone, against the instance the ORDO_* variables name (./ordo up running): it registers a user and makes a
# project through the gateway, and then talks to the tasks and search services on their own ports (127.0.0.1),
# as the gateway's rate limit would refuse the polling.
# Knobs: ORDO_BENCH_SEARCH_TASKS (500), ORDO_BENCH_SEARCH_CLIENTS (8), ORDO_BENCH_SEARCH_SMALL (10000),
# ORDO_BENCH_SEARCH_BIG (1000000), ORDO_BENCH_SECONDS (20 s per measured load), ORDO_BENCH_WARMUP_SECONDS (15),
# ORDO_BENCH_KEEP=1 (keep the bench search database).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TASKS=${ORDO_BENCH_SEARCH_TASKS:-500}
POLL_MS=${ORDO_BENCH_SEARCH_POLL_MS:-50}
CLIENTS=${ORDO_BENCH_SEARCH_CLIENTS:-8}
SMALL=${ORDO_BENCH_SEARCH_SMALL:-10000}
BIG=${ORDO_BENCH_SEARCH_BIG:-1000000}
DURATION=${ORDO_BENCH_SECONDS:-20}
WARMUP=${ORDO_BENCH_WARMUP_SECONDS:-15}
KEEP=${ORDO_BENCH_KEEP:-0}
PREFIX=${ORDO_DB_PREFIX:-ordo_}
VAR=${ORDO_VAR:-$ROOT/var}
[[ $VAR == /* ]] || VAR=$ROOT/$VAR
RUN_DIR=$VAR/run
WORK=$VAR/bench
SEARCH_DB=${PREFIX}search
BENCH_SEARCH_DB=${PREFIX}bench_search
PASSWORD="bench password 1"
PSQL=(env PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq)
mkdir -p "$WORK"

sql() { "${PSQL[@]}" -d "$1" -c "$2"; }
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }
calc() { python3 -c "print($1)"; }
say() { printf 'search: %s\n' "$*"; }
die() { printf 'bench search: %s\n' "$*" >&2; exit 1; }
http_code() { curl -s -o /dev/null -w '%{http_code}' --connect-timeout 1 --max-time 3 "$1" 2>/dev/null || true; }
pid_of() {
  local pid
  [[ -f $RUN_DIR/$1.pid ]] || return 1
  pid=$(<"$RUN_DIR/$1.pid")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && printf '%s\n' "$pid"
}

[[ $(sql "$SEARCH_DB" "select 1" 2>/dev/null) == 1 ]] || die "no $SEARCH_DB database: is search part of this instance?"
command -v wrk >/dev/null 2>&1 || die "wrk is missing (Debian package wrk; ./ordo bench installs it)"

GATEWAY=${BENCH_BASE:-http://127.0.0.1:$(./ordo port gateway)}
TASKS_BASE=${BENCH_BASE:-http://127.0.0.1:$(./ordo port tasks)}
SEARCH_BASE=${BENCH_BASE:-http://127.0.0.1:$(./ordo port search)}
EMAIL=${BENCH_EMAIL:-}
PROJECT=${BENCH_PROJECT:-}
USER_ID=${BENCH_USER_ID:-}
login() {
  curl -sf -X POST "$GATEWAY/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | json 'd["accessToken"]'
}
if [[ -z $EMAIL ]]; then
  EMAIL="bench-search-$(date +%s)@bench.ordo.local"
  curl -sf -X POST "$GATEWAY/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"Bench\"}" >/dev/null ||
    die "could not register the bench user"
fi
TOKEN=$(login) || die "could not sign the bench user in"
if [[ -z $PROJECT ]]; then
  PROJECT=$(curl -sf -X POST "$GATEWAY/api/v1/projects" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d '{"name":"Bench search"}' | json 'd["id"]')
fi
[[ -n $USER_ID ]] || USER_ID=$(curl -sf "$GATEWAY/api/v1/users/me" -H "Authorization: Bearer $TOKEN" | json 'd["id"]')

# ---------------------------------------------------------------------------------------------------------
# 1. Freshness under a create load.
for _ in $(seq 1 240); do # tasks and search learn of the project from its events
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$TASKS_BASE/api/v1/tasks?projectId=$PROJECT&limit=1" \
        -H "Authorization: Bearer $TOKEN") == 200 &&
     $(curl -s -o /dev/null -w '%{http_code}' "$SEARCH_BASE/api/v1/search?q=x&projectId=$PROJECT" \
        -H "Authorization: Bearer $TOKEN") == 200 ]] && break
  sleep 0.5
done
SEARCH_MGMT=http://127.0.0.1:$(./ordo port search management)
timer_buckets() { curl -sf "$SEARCH_MGMT/actuator/prometheus" | grep '^ordo_search_freshness_seconds_bucket{.*type="task"' || true; }
timer_buckets >"$WORK/search-timer-before.txt"
read -r MADE FOUND P50 P99 MAX < <(python3 - "$TASKS_BASE" "$SEARCH_BASE" "$TOKEN" "$PROJECT" "$TASKS" "$CLIENTS" "$POLL_MS" <<'PY'
import json, random, string, sys, time, urllib.parse, urllib.request
from concurrent.futures import ThreadPoolExecutor
tasks_base, search_base, token, project = sys.argv[1:5]
count, clients, poll = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]) / 1000
run = ''.join(random.choice(string.ascii_lowercase) for _ in range(6))
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
def call(url, body=None):
    req = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(), headers=headers,
                                 method="GET" if body is None else "POST")
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, json.loads(r.read() or b"null")
def one(i):
    word = "fresh" + run + string.ascii_lowercase[i % 26] + str(i)
    status, task = call(tasks_base + "/api/v1/tasks", {"projectId": project, "title": "Bench " + word})
    if status != 201:
        return None
    written = time.monotonic()
    url = search_base + "/api/v1/search?" + urllib.parse.urlencode({"q": word + " ", "projectId": project})
    while time.monotonic() - written < 60:
        _, page = call(url)
        if any(hit["id"] == task["id"] for hit in page["items"]):
            return (time.monotonic() - written) * 1000
        time.sleep(poll)
    return float("inf")
with ThreadPoolExecutor(clients) as pool:
    results = [r for r in pool.map(one, range(count)) if r is not None]
found = sorted(r for r in results if r != float("inf"))
def pct(p):
    return round(found[min(len(found) - 1, int(p * len(found)))], 1) if found else "n/a"
print(len(results), len(found), pct(0.5), pct(0.99) if len(found) == len(results) else "n/a",
      round(found[-1], 1) if found else "n/a")
PY
)
timer_buckets >"$WORK/search-timer-after.txt"
TIMER_P99=$(python3 - "$WORK/search-timer-before.txt" "$WORK/search-timer-after.txt" <<'PY'
import re, sys
def read(path):
    out = {}
    for line in open(path):
        m = re.search(r'le="([^"]+)"\S*\s+([0-9.eE+]+)', line)
        if m:
            out[float(m.group(1))] = float(m.group(2))
    return out
before, after = read(sys.argv[1]), read(sys.argv[2])
delta = sorted((le, after[le] - before.get(le, 0)) for le in after)
total = delta[-1][1] if delta else 0
print(next((round(le * 1000) for le, n in delta if n >= 0.99 * total), "n/a") if total else "n/a")
PY
)
say "freshness: $MADE tasks made by $CLIENTS creators, $FOUND found; create answered -> searchable (polled every $POLL_MS ms) p50 $P50 ms, p99 $P99 ms, max $MAX ms; the service's timer (event -> indexed) p99 <= $TIMER_P99 ms"

# ---------------------------------------------------------------------------------------------------------
# 2. Query time at 10k and 1M documents: a search process of the bench's own on a database of the bench's own.
search_pid=$(pid_of search) || die "the search service is not running"
free_port() { python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1]); s.close()"; }
BENCH_PORT=$(free_port)
BENCH_MGMT=$(free_port)
if [[ -f $WORK/bench-search.pid ]]; then # left by an interrupted run
  old=$(<"$WORK/bench-search.pid")
  if [[ $old =~ ^[0-9]+$ ]] && grep -qzxF -- -Dordo.process=bench-search "/proc/$old/cmdline" 2>/dev/null; then
    kill "$old" && while kill -0 "$old" 2>/dev/null; do sleep 0.1; done
  fi
fi
role=$(tr '\0' '\n' <"/proc/$search_pid/cmdline" | sed -n 's/^--spring.datasource.username=//p' | tail -1)
role=${role:-$SEARCH_DB}
sql postgres "drop database if exists $BENCH_SEARCH_DB with (force)" >/dev/null
sql postgres "create database $BENCH_SEARCH_DB owner \"$role\"" >/dev/null
mapfile -d '' -t search_cmd <"/proc/$search_pid/cmdline"
search_cmd[0]=$(readlink "/proc/$search_pid/exe") # ./ordo's java, which may not be the first on the PATH
bench_cmd=()
for arg in "${search_cmd[@]}"; do
  case $arg in
    --server.port=*) bench_cmd+=("--server.port=$BENCH_PORT") ;;
    --management.server.port=*) bench_cmd+=("--management.server.port=$BENCH_MGMT") ;;
    --spring.datasource.url=*) bench_cmd+=("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$BENCH_SEARCH_DB") ;;
    -Dordo.process=*) bench_cmd+=("-Dordo.process=bench-search") ;;
    *) bench_cmd+=("$arg") ;;
  esac
done
# (a property given twice would become a list, so the ones ./ordo passes are replaced, the others added)
for want in "--server.port=$BENCH_PORT" "--management.server.port=$BENCH_MGMT" \
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$BENCH_SEARCH_DB"; do
  printf '%s\n' "${bench_cmd[@]}" | grep -qxF -- "$want" || bench_cmd+=("$want")
done
bench_cmd+=(--spring.kafka.listener.auto-startup=false --spring.application.name=bench-search)
(cd "/proc/$search_pid/cwd" 2>/dev/null || cd "$ROOT"; exec "${bench_cmd[@]}") >"$WORK/search.log" 2>&1 &
BENCH_SEARCH=$!
printf '%s\n' "$BENCH_SEARCH" >"$WORK/bench-search.pid"
cleanup() {
  kill "$BENCH_SEARCH" 2>/dev/null || true
  wait "$BENCH_SEARCH" 2>/dev/null || true
  rm -f "$WORK/bench-search.pid"
  [[ $KEEP == 1 ]] || sql postgres "drop database if exists $BENCH_SEARCH_DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
for _ in $(seq 1 600); do
  [[ $(http_code "http://127.0.0.1:$BENCH_MGMT/actuator/health/readiness") == 200 ]] && break
  kill -0 "$BENCH_SEARCH" 2>/dev/null || { tail -20 "$WORK/search.log"; die "the bench search process exited"; }
  sleep 0.2
done
[[ $(http_code "http://127.0.0.1:$BENCH_MGMT/actuator/health/readiness") == 200 ]] || die "the bench search process is not ready"

# The vocabulary, the lexicon the indexer would have learnt from it, and the bench user in 10 projects.
sql "$BENCH_SEARCH_DB" "create table bench_vocab (id int primary key, word text not null);
  insert into bench_vocab select g, translate(substr(md5('bench' || g), 1, 4 + g % 5), '0123456789', 'ghijklmnop')
    from generate_series(0, 4999) g;
  insert into search_word (word) select distinct word from bench_vocab on conflict do nothing;
  insert into project_replica (id, name, archived, version)
    select ('00000000-0000-0000-0000-' || lpad(to_hex(p), 12, '0'))::uuid, 'Bench project ' || p, false, 1
    from generate_series(0, 9) p;
  insert into membership (project_id, user_id, role, version)
    select ('00000000-0000-0000-0000-' || lpad(to_hex(p), 12, '0'))::uuid, '$USER_ID', 'member', 1
    from generate_series(0, 9) p" >/dev/null

seed() { # seed FROM TO: documents FROM..TO, in two halves at once (two cores), the GIN index rebuilt after
  local from=$1 to=$2 mid=$((($1 + $2) / 2))
  sql "$BENCH_SEARCH_DB" "drop index if exists search_document_vector_idx" >/dev/null
  "${PSQL[@]}" -d "$BENCH_SEARCH_DB" -v from="$from" -v to="$mid" -f bench/sql/search-seed.sql >/dev/null &
  local half=$!
  "${PSQL[@]}" -d "$BENCH_SEARCH_DB" -v from="$((mid + 1))" -v to="$to" -f bench/sql/search-seed.sql >/dev/null
  wait "$half"
  sql "$BENCH_SEARCH_DB" "set maintenance_work_mem = '256MB';
    create index search_document_vector_idx on search_document using gin (vector)" >/dev/null
  sql "$BENCH_SEARCH_DB" "vacuum analyze search_document" >/dev/null
}

# Queries that find some of the user's 1,000 documents: two words alone, two together, a phrase, two prefixes
# being typed, a typo (two letters swapped).
mapfile -t QUERY_LIST < <(python3 - <<'PY'
import hashlib, urllib.parse
def word(g):
    w = hashlib.md5(("bench%d" % g).encode()).hexdigest()[:4 + g % 5]
    return w.translate(str.maketrans("0123456789", "ghijklmnop"))
def title(g):
    return [word((g * 7919 + k * 104729) % 5000) for k in range(1, 5)]
a, b, c = title(17), title(403), title(871)
typo = a[1][0] + a[1][2] + a[1][1] + a[1][3:] if len(a[1]) >= 5 else a[1]
for q in [a[0] + " ", b[2] + " ", a[0] + " " + a[2] + " ", '"' + c[0] + " " + c[1] + '"', b[0][:3], c[3][:4], typo + " "]:
    print(urllib.parse.quote(q))
PY
)
QUERIES=$(IFS='|'; printf '%s' "${QUERY_LIST[*]}")
measure() { # measure NAME -> "p95_ms requests"
  local out=$WORK/wrk-search-$1.txt line
  ORDO_BENCH_TOKEN=$(login)
  export ORDO_BENCH_TOKEN ORDO_BENCH_LUA=$ROOT/bench/wrk ORDO_BENCH_SEARCH_QUERIES=$QUERIES
  wrk -t 2 -c "$CLIENTS" -d "${WARMUP}s" --timeout 10s -s bench/wrk/search.lua "http://127.0.0.1:$BENCH_PORT" >/dev/null 2>&1 || true
  wrk -t 2 -c "$CLIENTS" -d "${DURATION}s" --timeout 10s -s bench/wrk/search.lua "http://127.0.0.1:$BENCH_PORT" >"$out" 2>&1 ||
    { cat "$out" >&2; die "wrk failed ($1)"; }
  line=$(grep '^ORDO ' "$out") || { cat "$out" >&2; die "wrk printed no figures ($1)"; }
  local -A f=()
  for kv in ${line#ORDO }; do f[${kv%%=*}]=${kv#*=}; done
  local bad=$((f[non2xx] + f[connect] + f[read] + f[write] + f[timeout]))
  ((bad == 0)) || { cat "$out" >&2; die "$1: $bad of ${f[requests]} searches failed"; }
  printf '%s %s %s\n' "$(calc "round(${f[p95_us]} / 1000, 2)")" "${f[requests]}" \
    "$(calc "round(${f[requests]} / (${f[duration_us]} / 1e6), 1)")"
}
t0=$(date +%s)
seed 0 $((SMALL - 1))
hits=$(curl -sf "http://127.0.0.1:$BENCH_PORT/api/v1/search?q=${QUERY_LIST[0]}" -H "Authorization: Bearer $(login)" |
  json 'len(d["items"])')
((hits > 0)) || die "the bench's first query finds nothing among the seeded documents"
read -r SMALL_P95 SMALL_N SMALL_RPS < <(measure small)
say "$(sql "$BENCH_SEARCH_DB" "select count(*) from search_document") documents (seeded in $(($(date +%s) - t0)) s): search p95 $SMALL_P95 ms ($SMALL_N searches, $SMALL_RPS/s)"
t0=$(date +%s)
seed "$SMALL" $((BIG - 1))
read -r BIG_P95 BIG_N BIG_RPS < <(measure big)
say "$(sql "$BENCH_SEARCH_DB" "select count(*) from search_document") documents (seeded in $(($(date +%s) - t0)) s): search p95 $BIG_P95 ms ($BIG_N searches, $BIG_RPS/s)"
RATIO=$(python3 -c "print(f'{$BIG_P95 / $SMALL_P95:.3f}')")
say "queries: $(printf '%s ' "${QUERY_LIST[@]}")"
printf 'figure search-freshness-p99-ms %s\n' "$P99"
printf 'figure search-p95-ratio-1m-vs-10k %s\n' "$RATIO"
