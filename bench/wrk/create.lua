-- POST /api/v1/tasks: a task with a unique title in the bench project.
dofile(os.getenv("ORDO_BENCH_LUA") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local run = os.getenv("ORDO_BENCH_RUN") or "0"
function request()
  return wrk.format(nil, nil, nil,
    '{"title":"Bench task ' .. run .. "-" .. next_id() .. '","projectId":"' .. project .. '"}')
end
