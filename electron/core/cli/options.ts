// Each CLI command declares its options once (type, value name, Norwegian help); parsing and the --help text
// are derived from that declaration, so the usage can never drift from what the command accepts.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { AppError } from '../errors.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's placeholder in the usage, e.g. FIL. */
  value?: string;
  help: string;
  required?: boolean;
}

export type Values = Record<string, string | boolean | undefined>;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  summary: string;
  /** One or two lines shown under the usage line of `<command> --help`. */
  description?: string;
  options: Record<string, OptionSpec>;
  examples?: string[];
  /** One positional argument (e.g. the file of `round import`), given to `run` as `values[positional.name]`. */
  positional?: { name: string; value: string; help: string; required?: boolean };
  run(values: Values, io: CliIo): Promise<number>;
}

/** A command made of subcommands: `round new`, `round forms` … */
export interface CommandGroup {
  summary: string;
  subcommands: Record<string, Command>;
}

const HELP: OptionSpec = { type: 'boolean', help: 'Vis denne hjelpen.' };

function parseConfig(options: Record<string, OptionSpec>): ParseArgsOptionsConfig {
  const config: ParseArgsOptionsConfig = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(options)) config[name] = { type: spec.type };
  return config;
}

/**
 * A string option's value may itself start with a dash («--comment "- punkt"»). node:util refuses that as
 * ambiguous; here a value is anything after a string option that is not itself one of the command's options.
 */
function joinDashValues(args: string[], options: Record<string, OptionSpec>): string[] {
  const isOption = (a: string) => a === '-h' || (a.startsWith('--') && (a.slice(2).split('=')[0] ?? '') in options);
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const name = a.startsWith('--') && !a.includes('=') ? a.slice(2) : null;
    const next = args[i + 1];
    if (name && options[name]?.type === 'string' && next?.startsWith('-') && !isOption(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

const quoted = (message: string) => /'([^']+)'/.exec(message)?.[1] ?? '';

/** Parses argv into the command's values; every refusal is one Norwegian sentence. */
export function parseOptions(commandName: string, command: Command, args: string[]): Values & { help?: boolean } {
  const hint = `Se «npm run cli -- ${commandName} --help».`;
  let values: Values;
  try {
    const parsed = parseArgs({
      args: joinDashValues(args, command.options),
      options: parseConfig(command.options),
      strict: true,
      allowPositionals: command.positional !== undefined,
    });
    values = parsed.values as Values;
    if (command.positional) {
      if (parsed.positionals.length > 1)
        throw new AppError('invalid', `Bare én ${command.positional.value} kan gis. ${hint}`);
      values[command.positional.name] = parsed.positionals[0];
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as Error & { code?: string };
    const option = quoted(e.message).split(' ')[0];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new AppError('invalid', `Ukjent valg «${option}» for ${commandName}. ${hint}`);
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new AppError('invalid', `Uventet argument «${option}»: valg skrives som --navn verdi. ${hint}`);
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const spec = command.options[option.replace(/^-+/, '')];
      throw new AppError(
        'invalid',
        spec?.type === 'boolean' ? `${option} tar ingen verdi. ${hint}` : `${option} mangler verdi. ${hint}`,
      );
    }
    throw new AppError('invalid', `Ugyldige valg. ${hint}`);
  }
  if (values.help) return values;
  if (command.positional?.required && !values[command.positional.name])
    throw new AppError('invalid', `Mangler ${command.positional.value}. ${hint}`);
  for (const [name, spec] of Object.entries(command.options)) {
    const v = values[name];
    if (spec.required && (v === undefined || (typeof v === 'string' && v.trim() === '')))
      throw new AppError('invalid', `Mangler --${name}. ${hint}`);
  }
  return values;
}

const flag = (name: string, spec: OptionSpec) =>
  `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VERDI'}` : ''}`;

/** `npm run cli -- <command> --help`, from the declaration. */
export function commandUsage(name: string, command: Command): string {
  const entries = Object.entries(command.options);
  const required = entries.filter(([, s]) => s.required).map(([n, s]) => flag(n, s));
  const optional = entries.filter(([, s]) => !s.required);
  const width = Math.max(...[...entries, ['help', HELP] as const].map(([n, s]) => flag(n, s).length)) + 2;
  const line = ([n, s]: readonly [string, OptionSpec]) =>
    `  ${flag(n, s).padEnd(width)}${s.help}${s.required ? ' (påkrevd)' : ''}`;
  return [
    `Bruk: npm run cli -- ${name} ${[
      ...required,
      ...(optional.length ? ['[valg]'] : []),
      ...(command.positional ? [command.positional.value] : []),
    ].join(' ')}`.trimEnd(),
    '',
    command.description ?? command.summary,
    '',
    'Valg:',
    ...entries.map(line),
    line(['help', HELP]),
    ...(command.positional ? [`  ${command.positional.value.padEnd(width)}${command.positional.help}`] : []),
    ...(command.examples?.length ? ['', 'Eksempler:', ...command.examples.map((e) => `  ${e}`)] : []),
  ].join('\n');
}

/** `npm run cli -- round --help`: the group's subcommands. */
export function groupUsage(name: string, group: CommandGroup): string {
  const width = Math.max(...Object.keys(group.subcommands).map((n) => n.length)) + 2;
  return [
    `Bruk: npm run cli -- ${name} <${Object.keys(group.subcommands).join('|')}> [valg]`,
    '',
    group.summary,
    '',
    'Kommandoer:',
    ...Object.entries(group.subcommands).map(([n, c]) => `  ${n.padEnd(width)}${c.summary}`),
    '',
    `Skriv «npm run cli -- ${name} <kommando> --help» for valgene.`,
  ].join('\n');
}

/** `npm run cli -- --help`: every command with its summary. */
export function overallUsage(commands: Record<string, Command | CommandGroup>): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 2;
  return [
    'Bruk: npm run cli -- <kommando> [valg]',
    '',
    'Kommandoer:',
    ...Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}${c.summary}`),
    '',
    'Skriv «npm run cli -- <kommando> --help» for valgene til en kommando.',
  ].join('\n');
}
