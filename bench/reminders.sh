#!/usr/bin/env bash
# The reminder figure (issue 14): 1,000 absolute reminders due in the same minute, made through the API a minute
# ahead; then how late each fired: reminder.fired's firedAt - scheduledFor, read from the notifications outbox (the
# event is written in the firing transaction). Prints "reminders: ..." and, last, "figure reminder-lateness-p99-ms N".
#
# Called by bench/run.sh with its bench gateway (rate limits lifted), user and project:
#   BENCH_BASE=http://127.0.0.1:<port> BENCH_TOKEN=... BENCH_PROJECT=... BENCH_USER_ID=... bench/reminders.sh
# Alone, against the instance the ORDO_* variables name (./ordo up running): it registers a user and makes a
# project through the gateway, and posts the reminders straight to the notifications service (its own port, on
# 127.0.0.1), as the gateway's rate limit would refuse 1,000 requests a minute.
# Knobs: ORDO_BENCH_REMINDERS (1000), ORDO_BENCH_REMINDER_CLIENTS (8 requests at a time).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

COUNT=${ORDO_BENCH_REMINDERS:-1000}
CLIENTS=${ORDO_BENCH_REMINDER_CLIENTS:-8}
PER_TASK=10 # a user's reminders on one task, at most
PREFIX=${ORDO_DB_PREFIX:-ordo_}
DB=${PREFIX}notifications
PSQL=(env PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq)
sql() { "${PSQL[@]}" -d "$DB" -c "$1"; }
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }
die() { printf 'bench reminders: %s\n' "$*" >&2; exit 1; }

[[ $(sql "select 1" 2>/dev/null) == 1 ]] || die "no $DB database: is notifications part of this instance?"

BASE=${BENCH_BASE:-http://127.0.0.1:$(./ordo port gateway)}
REMINDERS_BASE=${BENCH_BASE:-http://127.0.0.1:$(./ordo port notifications)}
TOKEN=${BENCH_TOKEN:-}
PROJECT=${BENCH_PROJECT:-}
USER_ID=${BENCH_USER_ID:-}
if [[ -z $TOKEN ]]; then
  email="bench-reminders-$(date +%s)@bench.ordo.local"
  curl -sf -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"bench password 1\",\"name\":\"Bench\"}" >/dev/null ||
    die "could not register the bench user"
  TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"bench password 1\"}" | json 'd["accessToken"]')
  PROJECT=$(curl -sf -X POST "$BASE/api/v1/projects" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d '{"name":"Bench reminders"}' | json 'd["id"]')
  USER_ID=$(curl -sf "$BASE/api/v1/users/me" -H "Authorization: Bearer $TOKEN" | json 'd["id"]')
fi

# The tasks (10 reminders each), made through tasks and known to notifications from their events.
TASKS=$(((COUNT + PER_TASK - 1) / PER_TASK))
for _ in $(seq 1 240); do # tasks learns of the project from an event
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/tasks?projectId=$PROJECT&limit=1" \
        -H "Authorization: Bearer $TOKEN") == 200 ]] && break
  sleep 0.5
done
task_ids=()
for i in $(seq 1 "$TASKS"); do
  task_ids+=("$(curl -sf -X POST "$BASE/api/v1/tasks" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"projectId\":\"$PROJECT\",\"title\":\"bench-reminder $i\"}" |
    json 'd["id"]')") || die "could not create task $i"
done
ids_sql=$(printf "'%s'," "${task_ids[@]}")
ids_sql=${ids_sql%,}
for _ in $(seq 1 240); do
  [[ $(sql "select count(*) from task_replica where id in ($ids_sql)") == "$TASKS" &&
     $(sql "select count(*) from membership where project_id = '$PROJECT' and user_id = '$USER_ID'") == 1 ]] && break
  sleep 0.5
done
[[ $(sql "select count(*) from task_replica where id in ($ids_sql)") == "$TASKS" ]] ||
  die "notifications did not learn of the bench's tasks in 2 minutes"

# All due at the start of the minute that begins at least 60 s from now; made through the API, CLIENTS at a time.
DUE=$(python3 -c "import time; t = time.time() + 60; print(int(t // 60 + 1) * 60)")
DUE_ISO=$(date -u -d "@$DUE" +%FT%TZ)
made=$(python3 - "$REMINDERS_BASE" "$TOKEN" "$DUE_ISO" "$COUNT" "$CLIENTS" "$PER_TASK" "${task_ids[@]}" <<'PY'
import json, sys, urllib.request
from concurrent.futures import ThreadPoolExecutor
base, token, at, count, clients, per_task, tasks = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), sys.argv[7:]
def make(i):
    body = json.dumps({"taskId": tasks[i // per_task], "at": at, "channels": ["in_app"]}).encode()
    req = urllib.request.Request(base + "/api/v1/reminders", data=body, method="POST", headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status == 201
with ThreadPoolExecutor(clients) as pool:
    print(sum(pool.map(make, range(count))))
PY
)
[[ $made == "$COUNT" ]] || die "made $made of $COUNT reminders"
(($(date +%s) < DUE)) || die "making $COUNT reminders took past their time ($DUE_ISO): fewer, or more clients"

# Wait for their time, then until every one has fired (at most 60 s after it).
fired() {
  sql "select count(*) from outbox_event where event_type = 'reminder.fired' and created_at >= to_timestamp($DUE) - interval '1 minute'
         and payload like '%\"userId\":\"$USER_ID\"%'"
}
while (($(date +%s) < DUE + 60)); do
  [[ $(fired) -ge $COUNT ]] && break
  sleep 1
done
read -r N P50 P99 MAX < <(sql "select count(*), round(percentile_cont(0.5) within group (order by ms)::numeric, 1),
    round(percentile_cont(0.99) within group (order by ms)::numeric, 1), round(max(ms)::numeric, 1)
  from (select extract(epoch from ((payload::json->'data'->>'firedAt')::timestamptz
                                   - (payload::json->'data'->>'scheduledFor')::timestamptz)) * 1000 as ms
        from outbox_event where event_type = 'reminder.fired' and created_at >= to_timestamp($DUE) - interval '1 minute'
          and payload like '%\"userId\":\"$USER_ID\"%') l" | tr '|' ' ')
printf 'reminders: %s due at %s, %s fired; lateness (fired - due) p50 %s ms, p99 %s ms, max %s ms\n' \
  "$COUNT" "$DUE_ISO" "$N" "${P50:-n/a}" "${P99:-n/a}" "${MAX:-n/a}"
((N == COUNT)) || printf 'reminders: only %s of %s fired within a minute of their time\n' "$N" "$COUNT"
printf 'figure reminder-lateness-p99-ms %s\n' "$( ((N == COUNT)) && echo "${P99:-n/a}" || echo n/a)"
