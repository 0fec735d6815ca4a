// Runs `npm run cli -- export` in a loop over the same target, printing "wrote <n>" after each; killed at random.
import { runCli } from '../../../electron/core/cli/main.ts';
import { say } from './common.ts';

const [db, format, out] = process.argv.slice(2);
say('ready');
for (let i = 1; ; i++) {
  const code = await runCli(['export', '--db', db, '--format', format, '--out', out], { out: () => {}, err: say });
  say(code === 0 ? `wrote ${i}` : `failed ${code}`);
}
