import { once } from 'node:events';
import { loadMatcher } from '../app/load-matcher';
import { reportFatal } from '../app/fatal';
import { configFromEnvironment } from '../config/environment';
import { toAnswerJson } from '../core/answer';
import { renderText } from '../render/render-text';
import { readLines } from './read-lines';

const USAGE = `usage: npm run --silent ask -- [--json] "question"
       some-command | npm run --silent ask     (one question per line in, one JSON answer per line out)`;

async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

/** `npm run ask`: one question from the arguments, or a batch from stdin. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const json = args.includes('--json');
  const question = args.filter((a) => a !== '--json').join(' ');
  const matcher = loadMatcher(configFromEnvironment().knowledgeDir);

  if (question.length === 0 && !process.stdin.isTTY) {
    for await (const line of readLines(process.stdin)) await writeLine(JSON.stringify(toAnswerJson(matcher.answer(line))));
    return;
  }
  const answer = matcher.answer(question);
  await writeLine(json ? JSON.stringify(toAnswerJson(answer), null, 2) : renderText(answer));
}

main().catch(reportFatal);
