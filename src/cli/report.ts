import { join } from 'node:path';
import { reportFatal } from '../app/fatal';
import { readGapEntries } from '../app/gap-read';
import { createGapTally, formatGapReport } from '../app/gap-report';
import { configFromEnvironment } from '../config/environment';
import { GAP_STREAM, readGapStreamAt } from '../store/redis-gap-log';

const USAGE = 'usage: npm run report [-- --top N] [-- --json] [-- --platform slack|discord|terminal|cli]';
const PLATFORMS = ['slack', 'discord', 'terminal', 'cli'];

interface ReportArgs {
  top: number;
  json: boolean;
  platform?: string;
}

function parseArgs(argv: string[]): ReportArgs | string {
  const args: ReportArgs = { top: 20, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1] ?? '';
    if (arg === '--json') args.json = true;
    else if (arg === '--top' && /^\d+$/.test(value) && Number(value) > 0) args.top = Number(argv[++i]);
    else if (arg === '--platform' && PLATFORMS.includes(value)) args.platform = argv[++i];
    else return arg;
  }
  return args;
}

/**
 * `npm run report`: the most frequent questions whichpy could not answer and the answers people
 * rated 👎, from the gap log under DATA_DIR (and its rotated files), read line by line, plus the
 * Redis stream with REDIS_URL, so a maintainer knows what knowledge to add next.
 */
async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${USAGE}\nunknown or incomplete option: ${args}`);
    process.exitCode = 2;
    return;
  }
  const config = configFromEnvironment();
  const file = join(config.dataDir, 'gaps.jsonl');
  const tally = createGapTally({ platform: args.platform });
  // With REDIS_URL every replica's gaps are in the stream (capped, so read whole); the file holds
  // what this machine wrote while Redis was away.
  const stream = config.redis ? `${config.redis.keyPrefix}${GAP_STREAM}` : null;
  if (config.redis) for (const entry of await readGapStreamAt(config.redis)) tally.add(entry);
  for await (const entry of readGapEntries(file)) tally.add(entry);
  const report = tally.report(args.top);
  const from = `${stream ? `Redis stream ${stream} and ` : ''}${file}${args.platform ? `, ${args.platform} only` : ''}`;
  console.log(args.json ? JSON.stringify({ file, ...(stream ? { stream } : {}), platform: args.platform ?? null, ...report }, null, 2) : `${formatGapReport(report)}\n\n(from ${from})`);
}

main(process.argv.slice(2)).catch(reportFatal);
