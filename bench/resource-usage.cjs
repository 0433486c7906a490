// `node -r ./bench/resource-usage.cjs`: when JIXIAO_USAGE_FILE is set, writes the process's peak memory and CPU
// time there as JSON on exit. maxRss and CPU times are the kernel's exact figures (getrusage); heapUsed and external
// are sampled every 5 ms, so a peak inside one long synchronous step can be missed (they are lower bounds).
const { writeFileSync } = require('fs');
const { setInterval } = require('timers');

const file = process.env.JIXIAO_USAGE_FILE;
if (file) {
  const peak = { heapUsed: 0, external: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.external = Math.max(peak.external, m.external); // Buffers and ArrayBuffers included
  };
  setInterval(sample, 5).unref();
  process.on('exit', () => {
    sample();
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, JSON.stringify({ maxRss: usage.maxRSS * 1024, cpuMs, ...peak }));
  });
}
