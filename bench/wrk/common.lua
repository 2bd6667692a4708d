-- Shared by the bench's wrk scripts (bench/run.sh sets the ORDO_BENCH_* variables; nothing shows in `ps`).
-- Every request carries the bench user's token; done() prints one machine-read line with the figures.
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("ORDO_BENCH_TOKEN") or "")
wrk.headers["Accept"] = "application/json"
project = os.getenv("ORDO_BENCH_PROJECT") or ""

-- Each wrk thread has its own Lua state: number them, so the bodies they make never repeat.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

counter = 0
function next_id()
  counter = counter + 1
  return (thread_id or 0) .. "-" .. counter
end

-- requests, duration in µs, latency percentiles in µs, responses that were not 2xx/3xx and socket errors.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "ORDO requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.status, e.connect, e.read, e.write, e.timeout))
end
