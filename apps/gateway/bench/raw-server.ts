// Runs the raw handler as its own process, like the gateway, so both are loaded alike:
//   RAW_DATABASE_URL=… RAW_DISTRICT=… RAW_UNIT=… RAW_SIZE=100 tsx bench/raw-server.ts
import { startRawHandler } from './raw-handler.ts';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const handler = await startRawHandler(
  env('RAW_DATABASE_URL'),
  env('RAW_DISTRICT'),
  env('RAW_UNIT'),
  Number(env('RAW_SIZE')),
);
console.log(`RAW ${handler.url}`);
process.once('SIGTERM', () => void handler.close().then(() => process.exit(0)));
