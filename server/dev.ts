// `npm run dev`: one URL with hot reload. Vite serves the SPA on PORT and forwards /api, /auth,
// /healthz and /readyz to the gateway on an internal loopback port (same embedded simulator
// logic as `npm start`). Vite serves index.html itself, so the gateway's CSP is not applied to
// pages in dev (HMR needs inline scripts and a websocket); `npm start` is the real thing.
import { createServer } from 'vite';
import { buildGateway } from './gateway/app';
import { prepareUpstream } from './gateway/embedded-upstream';

const publicPort = process.env.PORT?.trim() || '8080';
const prepared = await prepareUpstream(process.env, publicPort);
if (!prepared.ok) {
  console.error(prepared.message);
  process.exit(1);
}
const { config, simulator, simulatorUrl, notes } = prepared.value;
for (const note of notes) console.warn(note);

const { app } = buildGateway(config, { serveStatic: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const target = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const vite = await createServer({
  server: {
    host: config.host,
    port: config.port,
    strictPort: true,
    proxy: {
      '^/api/': { target, xfwd: false },
      '^/auth/': { target, xfwd: false },
      '^/(healthz|readyz)$': { target, xfwd: false },
    },
  },
});
await vite.listen();

let stopping = false;
async function stop() {
  if (stopping) process.exit(1);
  stopping = true;
  await vite.close();
  await app.close();
  await simulator?.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
console.log(
  `SMS Session Console (dev, hot reload): http://${shownHost}:${config.port} (${
    simulatorUrl ? `embedded simulator on ${simulatorUrl}` : `upstream ${config.apiUrl}`
  })`,
);
