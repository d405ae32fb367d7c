import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** What the numbers were measured on. */
export function describeMachine(postgresVersion: string): string[] {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  let kernel = os.release();
  try {
    kernel = execFileSync('uname', ['-srm'], { encoding: 'utf8' }).trim();
  } catch {
    // uname is missing on some systems; the release string will do.
  }
  return [
    `- CPU: ${cpu}, ${os.cpus().length} cores`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- OS: ${kernel}`,
    `- Node.js ${process.version}; ${postgresVersion}`,
  ];
}
