// `npm run simulator`: the simulator alone on http://127.0.0.1:${SIMULATOR_PORT:-4010}.
import { buildSimulator, simulatorOptionsFromEnv } from './app';

let options;
try {
  options = simulatorOptionsFromEnv(process.env);
} catch (error) {
  console.error(`simulator: ${(error as Error).message}`);
  process.exit(1);
}
const { app } = await buildSimulator(options);
const stop = () => {
  void app.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
await app.listen({ host: options.host, port: options.port });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : options.port;
console.log(
  `HORISEN simulator on http://${options.host}:${port} (API /bulk/sms-session-manager/v1; ${options.customerSessions} customer / ${options.supplierSessions} supplier sessions, seed ${options.seed}, live ${options.live ? 'on' : 'off'})`,
);
