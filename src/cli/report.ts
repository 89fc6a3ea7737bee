import { join } from 'node:path';
import { reportFatal } from '../app/fatal';
import { readGapLog } from '../app/gap-log';
import { buildGapReport, formatGapReport } from '../app/gap-report';
import { configFromEnvironment } from '../config/environment';
import { GAP_STREAM, readGapStreamAt } from '../store/redis-gap-log';

const USAGE = 'usage: npm run report [-- --top N] [-- --json]';

/**
 * `npm run report`: the most frequent questions whichpy could not answer and the answers people
 * rated 👎, from the gap log under DATA_DIR, so a maintainer knows what knowledge to add next.
 */
async function main(argv: string[]): Promise<void> {
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
  const config = configFromEnvironment();
  const file = join(config.dataDir, 'gaps.jsonl');
  // With REDIS_URL every replica's gaps are in the stream; the file holds what this machine wrote while Redis was away.
  const stream = config.redis ? `${config.redis.keyPrefix}${GAP_STREAM}` : null;
  const entries = config.redis ? [...(await readGapStreamAt(config.redis)), ...readGapLog(file)] : readGapLog(file);
  const report = buildGapReport(entries, top);
  console.log(json ? JSON.stringify({ file, ...(stream ? { stream } : {}), ...report }, null, 2) : `${formatGapReport(report)}\n\n(from ${stream ? `Redis stream ${stream} and ` : ''}${file})`);
}

main(process.argv.slice(2)).catch(reportFatal);
