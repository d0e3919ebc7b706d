// Preloaded (`node --require`) into a child process by bench/world.ts: prints the process's peak RSS and the CPU
// time it used (user + system: on a shared machine, a rate per CPU second is steadier than one per wall second).
import fs from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  fs.writeSync(2, `\npeak-rss-kb ${usage.maxRSS}\ncpu-ms ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
