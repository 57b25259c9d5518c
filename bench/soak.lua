-- wrk script for bench/soak.sh: GETs of the paths in SOAK_PATHS (separated by spaces) in turn, with the
-- header SOAK_HEADER ("Name: value", e.g. a session cookie or Basic credentials) and a pause of SOAK_DELAY_MS
-- between a connection's requests. Prints the percentiles and every status class, so an error shows.
local paths = {}
for p in string.gmatch(os.getenv("SOAK_PATHS") or "/", "%S+") do table.insert(paths, p) end
local header = os.getenv("SOAK_HEADER")
local pause = tonumber(os.getenv("SOAK_DELAY_MS") or "0")
local label = os.getenv("SOAK_LABEL") or "get"
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  i = math.random(#paths)
  s2, s3, s4, s5 = 0, 0, 0, 0
end

request = function()
  i = i % #paths + 1
  local h = {}
  if header then
    local name, value = string.match(header, "^([^:]+):%s*(.*)$")
    h[name] = value
  end
  return wrk.format("GET", paths[i], h)
end

delay = function()
  return pause
end

response = function(status, headers, body)
  if status < 300 then s2 = s2 + 1 elseif status < 400 then s3 = s3 + 1 elseif status < 500 then s4 = s4 + 1 else s5 = s5 + 1 end
end

done = function(summary, latency, requests)
  local a, b, c, d = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("s2"); b = b + t:get("s3"); c = c + t:get("s4"); d = d + t:get("s5")
  end
  io.write(string.format("SOAK %s requests=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f status_2xx=%d status_3xx=%d status_4xx=%d status_5xx=%d socket_errors=%d\n",
    label, summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, a, b, c, d,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
