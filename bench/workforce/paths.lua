-- wrk script for the workforce statistics benchmark: requests the paths of the file PATHS (one per line) in
-- turn, with the Authorization or Cookie header given in AUTH / COOKIE, and prints one line
-- "RESULT name=... requests=... rps=... p50_ms=... p95_ms=... p99_ms=... errors=... non2xx=..."
local paths = {}
local counter = 0
local name = os.getenv("NAME") or "paths"

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  local headers = {}
  if os.getenv("AUTH") then headers["Authorization"] = os.getenv("AUTH") end
  if os.getenv("COOKIE") then headers["Cookie"] = os.getenv("COOKIE") end
  headers["Accept-Language"] = "en"
  return wrk.format("GET", paths[counter], headers)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT name=%s requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d\n",
    name, summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.errors.status))
end
