// Preloaded into a measured process (node --import ./bench/usage-at-exit.mjs …): when it exits, it writes its own
// CPU time (user + system, every thread) and peak resident memory to the file named by SIPAS_USAGE_FILE. SIGTERM
// ends it through 'exit' too, so that an endless run (/dev/zero) can be stopped and still be measured.
import { writeFileSync } from 'node:fs';

const file = process.env.SIPAS_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakBytes: usage.maxRSS * 1024 }));
  });
  process.on('SIGTERM', () => process.exit(143));
}
