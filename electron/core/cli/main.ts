// The scriptable core: npm run cli -- <command> [options]. Same services, rules and dispatcher as the app.
// Errors are one Norwegian line on stderr and a non-zero exit; nothing half-written is left behind.
import { commands } from './commands.ts';
import { errorLine } from './errors.ts';
import { commandUsage, groupUsage, overallUsage, parseOptions, type CliIo, type Command } from './options.ts';

const consoleIo: CliIo = { out: (s) => console.log(s), err: (s) => console.error(s) };

export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number> {
  let [name] = argv;
  const rest = argv.slice(1);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(overallUsage(commands));
    return name === undefined ? 2 : 0;
  }
  const found = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!found) {
    io.err(
      `Ukjent kommando «${name}». Kommandoene er ${Object.keys(commands).join(', ')}; se «npm run cli -- --help».`,
    );
    return 2;
  }
  let command: Command;
  if ('subcommands' in found) {
    // `round new …`: the first argument names the subcommand.
    const sub = rest.shift();
    if (sub === undefined || sub === '--help' || sub === '-h') {
      (sub === undefined ? io.err : io.out)(groupUsage(name, found));
      return sub === undefined ? 2 : 0;
    }
    if (!Object.hasOwn(found.subcommands, sub)) {
      const names = Object.keys(found.subcommands).map((s) => `${name} ${s}`);
      io.err(`Ukjent kommando «${name} ${sub}». Kommandoene er ${names.join(', ')}.`);
      return 2;
    }
    command = found.subcommands[sub];
    name = `${name} ${sub}`;
  } else command = found;
  let values;
  try {
    values = parseOptions(name, command, rest);
  } catch (err) {
    io.err(errorLine(err));
    return 2;
  }
  if (values.help) {
    io.out(commandUsage(name, command));
    return 0;
  }
  try {
    return await command.run(values, io);
  } catch (err) {
    const file = (v: unknown) => (typeof v === 'string' ? v : undefined);
    io.err(errorLine(err, { db: file(values.db), out: file(values.out) }));
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
