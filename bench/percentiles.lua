-- wrk script: prints the 50th, 95th and 99th percentile of latency and the rate, one line per run
done = function(summary, latency, requests)
  io.write(string.format("WRK p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f req_per_s=%.0f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
