import { setTimeout as delay } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import {
  type CadrePlugin,
  SchemaVariants,
  type SecurityPolicy,
  securityPolicyFromEnv,
  startDeadlineScheduler,
  startEventDispatcher,
} from '@cadre/core';
import type { Database } from '@cadre/db';
import { createHttpServer } from './server/http.ts';
import { staticFiles } from './server/static-files.ts';
import { VariantServers } from './server/variant-servers.ts';

/** How long running requests may take to finish once shutdown begins. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface GatewayOptions {
  db: Database;
  plugins: readonly CadrePlugin[];
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  production?: boolean;
  /** Session and lockout rules; from the environment by default. */
  security?: SecurityPolicy;
  /** The built admin UI (`apps/admin/dist`), served on the same port; none by default. */
  uiDir?: string;
  /** Delivers outbox events in the background (every process may); `false` leaves it to the caller. */
  eventDispatch?: { intervalMs: number } | false;
  /**
   * Creates the due items that come due by date, at start and then every `intervalMs` (every
   * process may); off unless given (`cadre start` reads CADRE_DEADLINE_INTERVAL_MS). `today`
   * fixes the day the runs are for (tests).
   */
  deadlines?: { intervalMs: number; today?: () => Date } | false;
}

export interface Gateway {
  url: string;
  port: number;
  variants: SchemaVariants;
  /** Stops taking requests, lets running ones finish, then stops the variant servers. */
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const variants = new SchemaVariants(options.plugins);
  const servers = new VariantServers(variants, {
    production: options.production ?? process.env.NODE_ENV === 'production',
    logError: (requestId, error) => console.error(`[${requestId}]`, error),
  });
  let ready = false;
  const edge = createHttpServer({
    db: options.db,
    plugins: options.plugins,
    security: options.security ?? securityPolicyFromEnv(),
    servers,
    isReady: () => ready,
    ...(options.uiDir ? { ui: staticFiles(options.uiDir) } : {}),
  });
  const { server: http, idle, drain } = edge;
  await new Promise<void>((resolve) =>
    http.listen(options.port, options.host ?? '127.0.0.1', resolve),
  );
  const dispatch = options.eventDispatch ?? { intervalMs: 1_000 };
  const dispatcher = dispatch ? startEventDispatcher(options.db, options.plugins, dispatch) : null;
  const deadlines = options.deadlines
    ? startDeadlineScheduler(options.db, options.plugins, options.deadlines)
    : null;
  ready = true;
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    variants,
    close: async () => {
      ready = false;
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        // Idle keep-alive connections close now, the others after their current answer.
        drain();
        // Requests still running after the grace period are cut off.
        setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      });
      // A handler still running past the grace period (its client gone) is not waited for.
      await Promise.race([idle(), delay(SHUTDOWN_GRACE_MS, undefined, { ref: false })]);
      await Promise.all([dispatcher?.stop(), deadlines?.stop()]);
      await servers.stop();
    },
  };
}
