-- wrk runs a script in one Lua state per thread, and setup() in the main state: a number given to each
-- thread must reach it through thread:set, as a global of the thread's state (a chunk-level local of the
-- same name would hide it in init(), and every thread would get the main state's 0). Each thread's random
-- numbers are seeded from /dev/urandom, so that two threads started in the same second differ.
local M = {}
local started = 0

function M.setup(thread)
  started = started + 1
  thread:set("wrk_thread_id", started)
end

function M.id()
  return rawget(_G, "wrk_thread_id") or 0
end

function M.seed()
  local f = assert(io.open("/dev/urandom", "rb"))
  local bytes = f:read(4)
  f:close()
  local n = 0
  for i = 1, 4 do n = n * 256 + bytes:byte(i) end
  math.randomseed(n + M.id())
end

return M
