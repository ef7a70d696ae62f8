// `npm start` (after `vite build`): the gateway serving dist/, against HORISEN_API_URL or, when
// that is unset, against the simulator embedded in this process.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildGateway } from './gateway/app';
import { loadFirstScreenRenderer } from './gateway/first-screen';
import { prepareUpstream } from './gateway/embedded-upstream';

const prepared = await prepareUpstream(process.env, process.env.PORT?.trim() || '8080');
if (!prepared.ok) {
  console.error(prepared.message);
  process.exit(1);
}
const { config, simulator, simulatorUrl, notes } = prepared.value;
for (const note of notes) console.warn(note);
if (!existsSync(join(config.staticDir, 'index.html'))) {
  console.warn(
    `${config.staticDir}/index.html not found: run \`npm run build\` first (the API still works).`,
  );
}

// The grids' first screen rendered by the gateway (`npm run build` writes dist-server/).
const loaded = await loadFirstScreenRenderer(join(config.staticDir, '..', 'dist-server'));
if (!loaded.renderer) console.warn(`Grid pages render in the browser only: ${loaded.reason}.`);
const { app } = buildGateway(config, { firstScreenRenderer: loaded.renderer });
let stopping = false;
async function stop(signal: string) {
  if (stopping) process.exit(1); // a second signal: do not wait
  stopping = true;
  console.log(`${signal}: shutting down`);
  await app.close();
  await simulator?.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

try {
  await app.listen({ host: config.host, port: config.port });
} catch (error) {
  console.error(`Cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  await simulator?.close();
  process.exit(1);
}
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
console.log(
  `SMS Session Console: http://${shownHost}:${port} (${
    simulatorUrl ? `embedded simulator on ${simulatorUrl}` : `upstream ${config.apiUrl}`
  }, sign-in: ${config.authMode})`,
);
