-- wrk script for the reports benchmark. MODE names the measurement (printed in the RESULT line); each request
-- is a path picked at random from PATHS_FILE (one per line), sent with HTTP basic (USER_PASS) or, for pages,
-- with the session cookie COOKIE. MODE=health asks GET /actuator/health (the baseline of the same run).
-- DELAY_MS > 0 paces each connection. Prints one RESULT line like bench/onestop/onestop.lua.
local mode = os.getenv("MODE") or "health"
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local user_pass = os.getenv("USER_PASS")
local cookie = os.getenv("COOKIE")
local paths_file = os.getenv("PATHS_FILE")
local paths = {}
local headers = {}

local base64 = dofile("bench/lib/base64.lua")

local wrk_threads = dofile("bench/lib/threads.lua")
setup = wrk_threads.setup

function init(args)
  wrk_threads.seed()
  if user_pass then headers["Authorization"] = "Basic " .. base64(user_pass) end
  if cookie then headers["Cookie"] = cookie end
  if paths_file then
    for line in io.lines(paths_file) do
      if #line > 0 then paths[#paths + 1] = line end
    end
  end
end

function request()
  if mode == "health" then
    return wrk.format("GET", "/actuator/health")
  end
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT mode=%s rps=%.1f requests=%d p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    mode, summary.requests / seconds, summary.requests,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
