-- wrk script: Open311 GeoReport v2 POSTs of graffiti reports (form-encoded, with attributes and an e-mail),
-- each at a random point inside Huddinge. The api key comes from the environment (OPEN311_KEY).
-- Counts the answers by status and prints them with the percentiles, so a run with errors shows.
local key = os.getenv("OPEN311_KEY") or error("OPEN311_KEY is not set")
local code = os.getenv("OPEN311_JURISDICTION") or "0126"
local pause = tonumber(os.getenv("SOAK_DELAY_MS") or "0")
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  ok = 0
  bad = 0
end

request = function()
  local lat = 59.20 + math.random() * 0.05
  local lon = 17.95 + math.random() * 0.05
  local offensive = (math.random(10) == 1) and "yes" or "no"
  local body = "api_key=" .. key .. "&jurisdiction_id=" .. code .. "&service_code=graffiti" ..
    string.format("&lat=%.6f&long=%.6f", lat, lon) ..
    "&attribute%5Boffensive%5D=" .. offensive .. "&attribute%5Bsurface%5D=wall" ..
    "&description=Klotter+p%C3%A5+fasaden%2C+cirka+tv%C3%A5+kvadratmeter&email=test%40example.se&device_id=wrk"
  return wrk.format("POST", "/open311/v2/requests.json",
    { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

delay = function()
  return pause
end

response = function(status, headers, body)
  if status == 200 or status == 201 then ok = ok + 1 else bad = bad + 1 end
end

done = function(summary, latency, requests)
  local okAll, badAll = 0, 0
  for _, t in ipairs(threads) do
    okAll = okAll + t:get("ok")
    badAll = badAll + t:get("bad")
  end
  io.write(string.format("WRK p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f req_per_s=%.0f accepted=%d refused=%d socket_errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), okAll, badAll,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
