import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CADRE = fileURLToPath(new URL('../../gateway/bin/cadre.mjs', import.meta.url));

export interface GatewayProcess {
  /** Where it serves the UI and /graphql. */
  url: string;
  /** What it printed up to the banner (the demo logins are in it). */
  output: string;
  stop(): Promise<void>;
}

/**
 * `cadre start` as `npm start` runs it, in production mode on a free port, serving the built UI;
 * resolves once the banner says it is ready.
 */
export function spawnGateway(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [CADRE, 'start'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`cadre start exited with ${code}:\n${output}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /界面 UI:\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1];
      if (!url || !output.includes('ready in')) return;
      child.removeAllListeners('exit');
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        url,
        output,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
