-- POST /api/v1/tasks/quick: the quick-add parser's text (due date, priority, label), unique per request.
dofile(os.getenv("ORDO_BENCH_LUA") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
function request()
  return wrk.format(nil, nil, nil, '{"text":"Call Bob ' .. next_id() .. ' tomorrow 5pm p1 @phone"}')
end
