import { spawn, type ChildProcess } from 'node:child_process';

export interface Running {
  url: string;
  /** Milliseconds from spawn until the line announcing the URL. */
  startMs: number;
  stop(): Promise<void>;
}

/** Spawns a server and waits for the line that carries its URL. */
export function spawnServer(
  args: string[],
  env: Record<string, string>,
  urlPattern: RegExp,
): Promise<Running> {
  const began = Date.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  let found = false;
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = urlPattern.exec(out)?.[1];
      if (found || !url) return;
      found = true;
      child.removeAllListeners('exit');
      resolve({
        url,
        startMs: Date.now() - began,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
