import { parseArgs } from 'node:util';
import { CadreError } from '@cadre/core';
import { COMMANDS, usage } from './commands.ts';
import { UsageError } from './usage-error.ts';

const [name, sub, ...rest] = process.argv.slice(2);
const command = COMMANDS.find((c) => c.name === name && (c.sub === undefined || c.sub === sub));
if (!command) {
  console.error(usage());
  process.exit(name === undefined || name === 'help' || name === '--help' ? 0 : 2);
}
const argv = command.sub === undefined ? [sub, ...rest].filter((a) => a !== undefined) : rest;

try {
  const { values } = parseArgs({ args: argv, options: command.options ?? {}, strict: true });
  await command.run(values as Record<string, string | boolean | undefined>);
} catch (error) {
  if (error instanceof CadreError) {
    console.error(`${error.code}: ${error.text.zh} / ${error.text.en}`);
    process.exit(2);
  }
  const badArgs =
    error instanceof TypeError &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS');
  if (badArgs || error instanceof UsageError) {
    console.error(`${(error as Error).message}\n\n${usage()}`);
    process.exit(2);
  }
  throw error;
}
