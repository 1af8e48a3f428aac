-- wrk script for the records benchmarks (bench/records/run-records.sh).
--   MODE=upload      POST /api/v1/documents, multipart, the PDF in PDF_FILE; DISTINCT=1 overwrites its
--                    20-character marker with a per-request counter (every file new), DISTINCT=0 sends the
--                    same bytes every time (deduplicated by hash)
--   MODE=search      GET /api/v1/search?q=... cycling through the queries of QUERIES_FILE (one per line)
--   MODE=health      GET /actuator/health
-- USER_PASS: HTTP basic credentials (default the demo citizen). Prints one RESULT line.
local mode = os.getenv("MODE") or "health"
local user_pass = os.getenv("USER_PASS") or "citizen:Demo-citizen-2025"
local pdf_file = os.getenv("PDF_FILE") or "/tmp/haicap-records-1m.pdf"
local distinct = os.getenv("DISTINCT") == "1"
local queries_file = os.getenv("QUERIES_FILE") or "bench/records/queries.txt"

local auth, head, pdf_before, pdf_after, tail
local queries = {}
local counter = 0
local prefix = ""
local marker = "HAICAPBENCH000000000"

local base64 = dofile("bench/lib/base64.lua")

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local wrk_threads = dofile("bench/lib/threads.lua")
setup = wrk_threads.setup

function init(args)
  wrk_threads.seed()
  prefix = string.format("%02d%06d", wrk_threads.id() % 100, math.random(0, 999999))
  auth = "Basic " .. base64(user_pass)
  if mode == "upload" then
    local f = assert(io.open(pdf_file, "rb"))
    local pdf = f:read("*a")
    f:close()
    local at = assert(pdf:find(marker, 1, true), "no marker in " .. pdf_file)
    pdf_before = pdf:sub(1, at - 1)
    pdf_after = pdf:sub(at + #marker)
    head = "--haicapbench\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ho-so.pdf\"\r\n"
      .. "Content-Type: application/pdf\r\n\r\n"
    tail = "\r\n--haicapbench\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\npaper\r\n--haicapbench--\r\n"
  elseif mode == "search" then
    for line in io.lines(queries_file) do
      if line ~= "" and line:sub(1, 1) ~= "#" then queries[#queries + 1] = line end
    end
    counter = math.random(0, #queries - 1)
  end
end

function request()
  if mode == "health" then
    return wrk.format("GET", "/actuator/health")
  elseif mode == "upload" then
    counter = counter + 1
    local stamp = distinct and (prefix .. string.format("%012d", counter)) or marker
    return wrk.format("POST", "/api/v1/documents", {
      ["Authorization"] = auth,
      ["Content-Type"] = "multipart/form-data; boundary=haicapbench",
    }, head .. pdf_before .. stamp .. pdf_after .. tail)
  elseif mode == "search" then
    counter = counter + 1
    local q = queries[(counter % #queries) + 1]
    return wrk.format("GET", "/api/v1/search?size=20&q=" .. urlencode(q), { ["Authorization"] = auth })
  end
  error("unknown MODE " .. mode)
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
