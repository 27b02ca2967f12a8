-- Shared by the bench's wrk scripts: pacing (BENCH rate per connection) and one machine-readable
-- line at the end that bench/lib/common.sh reads (times in microseconds).
local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

-- wrk waits delay() ms before each request: with a rate given, each connection sends one request
-- every pace_ms at most, which holds the whole load below the server's maximum.
function delay()
   return pace_ms or 0
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "BENCH-RESULT requests=%d duration_us=%d errors_status=%d errors_socket=%d p50_us=%d p99_us=%d max_us=%d\n",
      summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
      latency:percentile(50), latency:percentile(99), latency.max))
end

function next_ref()
   counter = counter + 1
   return run_token .. "-" .. id .. "-" .. counter
end
