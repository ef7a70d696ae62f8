// With no HORISEN_API_URL, `npm start` and `npm run dev` run the simulator in the same process
// and point the gateway at it with the demo client, so one command gives a working console.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { loadGatewayConfig, type GatewayConfig } from './config';

export interface PreparedUpstream {
  config: GatewayConfig;
  /** Started by startEmbedded(); null when a real upstream is configured. */
  simulator: FastifyInstance | null;
  simulatorUrl: string | null;
  notes: string[];
}

type Result = { ok: true; value: PreparedUpstream } | { ok: false; message: string };

/**
 * Validates the environment (filling in the embedded simulator's values when HORISEN_API_URL is
 * unset) and starts the simulator if needed. `publicPort` is where browsers reach the console.
 */
export async function prepareUpstream(env: NodeJS.ProcessEnv, publicPort: string): Promise<Result> {
  if (env.HORISEN_API_URL?.trim()) {
    const loaded = loadGatewayConfig(env);
    if (!loaded.ok) return loaded;
    return {
      ok: true,
      value: { config: loaded.config, simulator: null, simulatorUrl: null, notes: [] },
    };
  }

  const { buildSimulator, simulatorOptionsFromEnv } = await import('../simulator/app');
  const callback = `http://127.0.0.1:${publicPort}/auth/callback`;
  let simOptions;
  try {
    simOptions = simulatorOptionsFromEnv({
      ...env,
      SIMULATOR_REDIRECT_URIS: [env.SIMULATOR_REDIRECT_URIS, callback].filter(Boolean).join(','),
    });
  } catch (error) {
    return { ok: false, message: `Configuration error: ${(error as Error).message}` };
  }
  const notes: string[] = [];
  const gatewayEnv: NodeJS.ProcessEnv = {
    ...env,
    // Placeholder until the simulator listens (its port may be 0 = any free port).
    HORISEN_API_URL: `http://127.0.0.1:${simOptions.port || 1}`,
    OAUTH_CLIENT_ID: env.OAUTH_CLIENT_ID?.trim() || 'noc-demo',
    OAUTH_CLIENT_SECRET: env.OAUTH_CLIENT_SECRET?.trim() || 'noc-demo-secret',
    OAUTH_REDIRECT_URL: env.OAUTH_REDIRECT_URL?.trim() || callback,
  };
  if (!env.SESSION_SECRET?.trim()) {
    gatewayEnv.SESSION_SECRET = randomBytes(48).toString('base64url');
    notes.push(
      'SESSION_SECRET not set: using a random one, so sign-ins will not survive a restart.',
    );
  }
  const loaded = loadGatewayConfig(gatewayEnv);
  if (!loaded.ok) return loaded;

  const { app: simulator } = await buildSimulator(simOptions);
  try {
    await simulator.listen({ host: simOptions.host, port: simOptions.port });
  } catch (error) {
    await simulator.close();
    return {
      ok: false,
      message: `Cannot start the embedded simulator on ${simOptions.host}:${simOptions.port} (set SIMULATOR_PORT): ${(error as Error).message}`,
    };
  }
  const address = simulator.server.address();
  const port = typeof address === 'object' && address ? address.port : simOptions.port;
  const host = simOptions.host.includes(':') ? `[${simOptions.host}]` : simOptions.host;
  const simulatorUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const reloaded = loadGatewayConfig({
    ...gatewayEnv,
    HORISEN_API_URL: simulatorUrl,
    HORISEN_AUTH_URL: simulatorUrl,
  });
  if (!reloaded.ok) {
    await simulator.close();
    return reloaded;
  }
  return { ok: true, value: { config: reloaded.config, simulator, simulatorUrl, notes } };
}
