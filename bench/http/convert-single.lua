-- wrk script: POST /api/v1/addresses/convert with addresses taken in turn from bench/http/addresses.txt
-- (one per line; run-wrk.sh writes it). Paced: each connection waits DELAY_MS between requests, so
-- that -c connections give about c * 1000 / DELAY_MS requests per second (wrk from Debian has no -R).
-- TARGET=health sends GET /actuator/health instead, as the baseline of the same run.
-- At the end it prints the percentiles wrk --latency leaves out (p95) in one parsable line.

local target = os.getenv("TARGET") or "convert"
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local file = os.getenv("ADDRESSES") or "bench/http/addresses.txt"

local bodies = {}
local index = 0

local function json_string(s)
  return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

function init(args)
  if target == "convert" then
    for line in io.lines(file) do
      bodies[#bodies + 1] = '{"address":' .. json_string(line) .. '}'
    end
    index = math.random(#bodies)
  end
end

function request()
  if target == "health" then
    return wrk.format("GET", "/actuator/health")
  end
  index = index % #bodies + 1
  return wrk.format("POST", "/api/v1/addresses/convert", { ["Content-Type"] = "application/json" }, bodies[index])
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT target=%s rps=%.0f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    target, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
