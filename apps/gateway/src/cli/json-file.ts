import { readFile } from 'node:fs/promises';
import { UsageError } from './usage-error.ts';

/** A JSON file an operator names; an unreadable or malformed one is a usage error saying why. */
export async function readJsonFile(path: string, expected: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${path} is not JSON (${(error as Error).message}); expected ${expected}`);
  }
}
