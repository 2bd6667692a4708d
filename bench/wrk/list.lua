-- GET of the URL given to wrk (the bench project's first 50 tasks): the same request every time.
dofile(os.getenv("ORDO_BENCH_LUA") .. "/common.lua")
