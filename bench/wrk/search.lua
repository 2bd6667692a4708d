-- GET /api/v1/search with each query of ORDO_BENCH_SEARCH_QUERIES in turn ('|'-separated, already URL-encoded):
-- words, a phrase, prefixes as typed, a typo.
dofile(os.getenv("ORDO_BENCH_LUA") .. "/common.lua")
local queries = {}
for q in string.gmatch(os.getenv("ORDO_BENCH_SEARCH_QUERIES") or "milk", "[^|]+") do
  table.insert(queries, q)
end
local i = 0
function request()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?limit=20&q=" .. queries[(i % #queries) + 1])
end
