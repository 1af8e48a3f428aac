-- wrk script for the one-stop-shop benchmarks. MODE (environment) chooses the request:
--   health  GET /actuator/health (the baseline measured in the same run)
--   me      GET /api/v1/me with HTTP basic (USER_PASS): the cost of authentication alone
--   submit  POST /api/v1/dossiers with HTTP basic (USER_PASS), the JSON body of BODY_FILE and a fresh
--           Idempotency-Key per request (thread number, a random prefix and a counter)
--   track   GET /api/v1/tracking/{code}?check={check code}, the pair picked at random from CODES_FILE
--           (lines "code check")
-- DELAY_MS > 0 paces the load: each connection waits that long between requests (wrk from Debian has no
-- -R), so c connections give about c * 1000 / (DELAY_MS + latency) requests per second.
-- At the end it prints one parsable RESULT line with the percentiles wrk --latency leaves out (p95).

local mode = os.getenv("MODE") or "health"
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local user_pass = os.getenv("USER_PASS") or "citizen:Demo-citizen-2025"
local body_file = os.getenv("BODY_FILE") or "bench/intake/submission.json"
local codes_file = os.getenv("CODES_FILE") or "bench/target/tracking/codes.txt"

local threads = {}
local counter = 0
local prefix = ""
local body = nil
local codes = {}
local auth = nil

local base64 = dofile("bench/lib/base64.lua")

local wrk_threads = dofile("bench/lib/threads.lua")
function setup(thread)
  wrk_threads.setup(thread)
  table.insert(threads, thread)
end

function init(args)
  wrk_threads.seed()
  prefix = string.format("%d-%d-%d", os.time(), wrk_threads.id(), math.random(1, 1000000000))
  auth = "Basic " .. base64(user_pass)
  if mode == "submit" then
    local f = assert(io.open(body_file, "r"))
    body = f:read("*a")
    f:close()
  elseif mode == "track" then
    for line in io.lines(codes_file) do
      local code, check = line:match("^(%S+)%s+(%S+)")
      if code then codes[#codes + 1] = { code, check } end
    end
  end
end

function request()
  if mode == "health" then
    return wrk.format("GET", "/actuator/health")
  elseif mode == "me" then
    return wrk.format("GET", "/api/v1/me", { ["Authorization"] = auth })
  elseif mode == "submit" then
    counter = counter + 1
    return wrk.format("POST", "/api/v1/dossiers", {
      ["Authorization"] = auth,
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = prefix .. "-" .. counter,
    }, body)
  elseif mode == "track" then
    local pair = codes[math.random(#codes)]
    return wrk.format("GET", "/api/v1/tracking/" .. pair[1] .. "?check=" .. pair[2])
  end
  error("unknown MODE " .. mode)
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
