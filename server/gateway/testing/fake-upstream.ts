// A tiny stand-in for HORISEN in gateway tests: the OAuth2 token endpoint and a few API routes
// (including a slow one and a failing one), recording what the gateway sent.
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';

export interface TokenCall {
  grant_type: string;
  [key: string]: string;
}

export interface FakeUpstream {
  app: FastifyInstance;
  url: string;
  tokenCalls: TokenCall[];
  apiCalls: { method: string; url: string; headers: Record<string, unknown>; body: string }[];
  validTokens: Set<string>;
  /** expires_in for the next tokens issued. */
  setTtl(seconds: number): void;
  /** username in the authorization_code / refresh answers (null: leave it out). */
  setUsername(name: string | null): void;
  setScope(scope: string): void;
  close(): Promise<void>;
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const app = Fastify();
  await app.register(formbody);
  const tokenCalls: TokenCall[] = [];
  const apiCalls: FakeUpstream['apiCalls'] = [];
  const validTokens = new Set<string>();
  const refreshTokens = new Set<string>();
  let ttl = 3600;
  let counter = 0;
  let username: string | null = 'noc';
  let scope =
    'sms-session-manager.view sms-supplier-session-manager.view customer-connection-session-manager.manage supplier-gate-session-manager.manage';

  function issue(withRefresh: boolean, withUser: boolean) {
    counter += 1;
    const accessToken = `at-${counter}`;
    validTokens.add(accessToken);
    const body: Record<string, unknown> = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ttl,
      scope,
    };
    if (withRefresh) {
      const refreshToken = `rt-${counter}`;
      refreshTokens.add(refreshToken);
      body.refresh_token = refreshToken;
    }
    if (withUser && username) body.username = username;
    return body;
  }

  app.post('/oauth2/access-token', async (request, reply) => {
    const form = request.body as TokenCall;
    tokenCalls.push({ ...form });
    if (form.client_secret !== 'test-secret') {
      return reply.code(401).send({ error: 'invalid_client' });
    }
    switch (form.grant_type) {
      case 'authorization_code':
        if (form.code !== 'good-code') return reply.code(400).send({ error: 'invalid_grant' });
        return issue(true, true);
      case 'refresh_token':
        if (!refreshTokens.delete(form.refresh_token ?? '')) {
          return reply.code(400).send({ error: 'invalid_grant' });
        }
        return issue(true, true);
      case 'client_credentials':
        return issue(false, false);
      default:
        return reply.code(400).send({ error: 'unsupported_grant_type' });
    }
  });

  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_r, body, done) =>
    done(null, body),
  );

  const api = '/bulk/sms-session-manager/v1';
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(api)) return;
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!validTokens.has(token)) {
      // Like the simulator: its own nosniff, which must not cost the gateway's answer ours.
      return reply
        .code(401)
        .header('x-content-type-options', 'nosniff')
        .send({ code: 'UNAUTHORIZED', message: 'bad token' });
    }
  });
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith(api)) return;
    apiCalls.push({
      method: request.method,
      url: request.url,
      headers: { ...request.headers },
      body: typeof request.body === 'string' ? request.body : '',
    });
  });

  app.get(`${api}/sess-manager`, async (request, reply) =>
    reply
      .header('set-cookie', 'upstream=1')
      .header('x-upstream-secret', 'leak')
      .send({
        data: [{ sessionID: '1' }],
        url: request.url,
      }),
  );
  // A page of sessions (about 5 kB, like page_size=10) and an all=yes sized answer.
  app.get(`${api}/page`, async () => ({
    data: Array.from({ length: 10 }, (_, i) => ({ sessionID: String(i), note: 'x'.repeat(450) })),
  }));
  // 500 sessions.
  app.get(`${api}/big`, async () => ({
    data: Array.from({ length: 500 }, (_, i) => ({ sessionID: String(i), accountName: 'ACME' })),
  }));
  app.get(`${api}/slow`, async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return { slow: true };
  });
  app.get(`${api}/boom`, async (_request, reply) =>
    reply.code(500).send({ Code: 'SESSION_MANAGER_REDIS_NOT_FOUND', Message: 'Redis is gone' }),
  );
  app.put(`${api}/customer-connections/:action`, async (request, reply) => {
    const { action } = request.params as { action: string };
    if (action !== 'stop') {
      return reply
        .code(400)
        .send({ code: 'SESSION_MANAGER_ACTION_NOT_SUPPORTED', message: 'nope' });
    }
    return reply
      .code(201)
      .type('application/json')
      .send(request.body as string);
  });
  app.put(`${api}/supplier-gates/:action`, async (request, reply) =>
    reply
      .code(201)
      .type('application/json')
      .send(request.body as string),
  );
  app.get('/_simulator/faults', async () => ({ secret: 'simulator-control' }));

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    tokenCalls,
    apiCalls,
    validTokens,
    setTtl: (seconds) => {
      ttl = seconds;
    },
    setUsername: (name) => {
      username = name;
    },
    setScope: (value) => {
      scope = value;
    },
    close: () => app.close(),
  };
}
