import { join } from 'node:path';
import { reportFatal } from '../app/fatal';
import { readGapLog } from '../app/gap-log';
import { buildGapReport, formatGapReport } from '../app/gap-report';
import { configFromEnvironment } from '../config/environment';

const USAGE = 'usage: npm run report [-- --top N] [-- --json]';

/**
 * `npm run report`: the most frequent questions whichpy could not answer and the answers people
 * rated 👎, from the gap log under DATA_DIR, so a maintainer knows what knowledge to add next.
 */
function main(argv: string[]): void {
  let top = 20;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--top' && /^\d+$/.test(argv[i + 1] ?? '') && Number(argv[i + 1]) > 0) top = Number(argv[++i]);
    else {
      console.error(`${USAGE}\nunknown or incomplete option: ${arg}`);
      process.exitCode = 2;
      return;
    }
  }
  const file = join(configFromEnvironment().dataDir, 'gaps.jsonl');
  const report = buildGapReport(readGapLog(file), top);
  console.log(json ? JSON.stringify({ file, ...report }, null, 2) : `${formatGapReport(report)}\n\n(from ${file})`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  reportFatal(err);
}
