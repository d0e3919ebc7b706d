// Preloaded (`node --require`) into a child process by bench/world.ts: prints the process's peak RSS on exit.
import fs from 'node:fs';

process.on('exit', () => fs.writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
