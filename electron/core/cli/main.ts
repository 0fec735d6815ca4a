// The scriptable core: npm run cli -- <command> [options]. Same services and rules as the app.
// Errors are one Norwegian sentence on stderr and a non-zero exit; nothing half-written is left behind.
import { parseArgs } from 'node:util';
import { AppError } from '../errors.ts';
import { commands } from './commands.ts';

const USAGE = [
  'Bruk: npm run cli -- <kommando> [valg]',
  '  init   --db FIL [--example] [--size N]           lag en ny porteføljefil',
  '  export --db FIL --format docx|xlsx|csv|pdf|json --out FIL [--plan KODE] [--as-of ÅÅÅÅ-MM-DD]',
  '         [--group-by part|ministry] [--columns number,title,...] [--budget-year ÅÅÅÅ]' +
    ' [--portrait] [--charts] [--with-history]',
  '  status --db FIL --plan KODE --measure N --status S --assessment A [--comment TEKST]' +
    ' [--date ÅÅÅÅ-MM-DD] [--author NAVN]',
  '  check  --db FIL                                   integritets- og konsistenssjekk',
].join('\n');

export async function runCli(argv: string[], out: (s: string) => void = console.log): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name ? `Ukjent kommando «${name}».\n${USAGE}` : USAGE);
    return 2;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false })
      .values as typeof values;
  } catch (err) {
    console.error(`Ugyldige valg: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(values, out);
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.message);
      return 1;
    }
    console.error(`Uventet feil: ${(err as Error).message}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
