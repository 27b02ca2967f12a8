-- The reference: the REST start of bare Camunda's one-user-task process, with a unique business
-- key and the few variables a start carries. Arguments after --: run token, pace in ms (0 = none).
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua"
require "common"

local types = { "邻里纠纷", "劳动争议", "物业纠纷", "婚姻家庭纠纷", "土地纠纷" }

function init(args)
   run_token = args[1]
   pace_ms = tonumber(args[2] or "0")
end

function request()
   local ref = next_ref()
   local body = string.format('{"businessKey":"BARE-%s","variables":{'
      .. '"channel":{"value":"HOTLINE_12345","type":"String"},'
      .. '"matterType":{"value":"%s","type":"String"},'
      .. '"peopleInvolved":{"value":%d,"type":"Integer"}}}',
      ref, types[math.random(#types)], math.random(1, 5))
   return wrk.format("POST", "/engine-rest/process-definition/key/oneTask/start",
      { ["Content-Type"] = "application/json" }, body)
end
