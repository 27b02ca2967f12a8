-- POST /api/cases with the matters IntakeBodies wrote (one "Authorization<TAB>JSON" per line), each
-- as its channel's login, each with a channel reference never sent before.
-- Arguments after --: bodies file, run token, pace in ms between a connection's requests (0 = none).
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua"
require "common"

local bodies = {}
local next_body = 0

function init(args)
   run_token = args[2]
   pace_ms = tonumber(args[3] or "0")
   for line in io.lines(args[1]) do
      local auth, body = line:match("^([^\t]+)\t(.*)$")
      table.insert(bodies, { auth = auth, body = body })
   end
   next_body = id * 7919 % #bodies
end

function request()
   next_body = next_body % #bodies + 1
   local b = bodies[next_body]
   local body = b.body:gsub("@REF@", next_ref())
   return wrk.format("POST", "/api/cases",
      { ["Content-Type"] = "application/json", ["Authorization"] = b.auth }, body)
end
