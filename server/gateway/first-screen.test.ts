import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  colorSchemeOf,
  FIRST_SCREEN_BUDGET_MS,
  headFor,
  renderedRoot,
  scriptSafeJson,
  splitTemplate,
  withSetCookie,
  type FirstScreenRenderer,
} from './first-screen';
import { startFakeUpstream, type FakeUpstream } from './testing/fake-upstream';
import {
  makeStaticDir,
  startGateway,
  testConfig,
  type TestGateway,
} from './testing/gateway-harness';

const INDEX =
  '<!doctype html>\n<html lang="en">\n  <head>\n    <script type="module" crossorigin src="/assets/index-1.js"></script>\n' +
  '    <link rel="modulepreload" crossorigin href="/assets/react-2.js">\n' +
  '    <link rel="stylesheet" crossorigin href="/assets/index-3.css">\n  </head>\n  <body>\n' +
  '    <div id="root"><p class="boot-note" role="status">Loading the console…</p></div>\n  </body>\n</html>\n';

describe('the page template', () => {
  it('splits around #root and sets the colour scheme', () => {
    const page = splitTemplate(INDEX);
    expect(page).not.toBeNull();
    const { shell, tail } = page!;
    const head = headFor(page!, 'light');
    expect(head).toContain('<html lang="en" data-mantine-color-scheme="light">');
    expect(headFor(page!, 'dark')).toContain('<html lang="en" data-mantine-color-scheme="dark">');
    expect(head).toContain('index-3.css');
    expect(head).toContain('<script type="module" crossorigin src="/assets/index-1.js"></script>');
    expect(head.endsWith('<div id="root"')).toBe(true);
    expect(shell).toBe('><p class="boot-note" role="status">Loading the console…</p></div>');
    expect(tail).toBe('\n  </body>\n</html>\n');
    // The plain page is the three parts put back together.
    expect(page!.head + shell + tail).toBe(INDEX);
  });

  it('with the after-paint loader, moves the module scripts out of the head', () => {
    const page = splitTemplate(INDEX, '/load-after-paint.js');
    expect(page).not.toBeNull();
    const { head, shell, tail, scripts, afterPaint } = page!;
    expect(head).not.toContain('<script');
    expect(head).not.toContain('modulepreload');
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/index-3.css">');
    expect(afterPaint).toBe(
      '<script src="/load-after-paint.js" data-entry="/assets/index-1.js"' +
        ' data-preload="/assets/react-2.js" defer></script>',
    );
    // A plain page gets them back after #root.
    expect(scripts).toBe(
      '<script type="module" crossorigin src="/assets/index-1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/react-2.js">',
    );
    expect(shell + tail).toBe(splitTemplate(INDEX)!.shell + splitTemplate(INDEX)!.tail);
  });

  it('keeps the module scripts in the head without a loader or without a module script', () => {
    expect(splitTemplate(INDEX)!.afterPaint).toBe('');
    const noModule = INDEX.replace(/<script[^>]*><\/script>/, '');
    const page = splitTemplate(noModule, '/load-after-paint.js')!;
    expect(page.afterPaint).toBe('');
    expect(page.head).toContain('modulepreload');
  });

  it('is refused without a #root to fill', () => {
    expect(splitTemplate('<!doctype html><body><main></main></body>')).toBeNull();
  });

  it('sends the rendered root inert, with state no value can break out of', () => {
    const root = renderedRoot('<table></table>', { note: '</script><script>alert(1)</script>' });
    expect(
      root.startsWith(
        ' inert aria-disabled="true"><table></table></div><script type="application/json"',
      ),
    ).toBe(true);
    expect(root.match(/<\/script>/g)).toHaveLength(1);
    const open = 'id="first-screen-state">';
    const json = root.slice(root.indexOf(open) + open.length, root.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ note: '</script><script>alert(1)</script>' });
  });

  it('escapes what could end a script element or trip old parsers', () => {
    expect(scriptSafeJson({ a: '<!--x-->\u2028\u2029' })).toBe(
      '{"a":"\\u003c!--x-->\\u2028\\u2029"}',
    );
  });
});

describe('colorSchemeOf', () => {
  it('is the cookie the app mirrors its scheme into, light unless dark', () => {
    expect(colorSchemeOf({ 'console-color-scheme': 'dark' })).toBe('dark');
    expect(colorSchemeOf({ 'console-color-scheme': 'auto' })).toBe('light');
    expect(colorSchemeOf({ 'console-color-scheme': '"><script>' })).toBe('light');
    expect(colorSchemeOf({})).toBe('light');
  });
});

describe('withSetCookie', () => {
  it('replaces a cookie by name and keeps the others', () => {
    expect(withSetCookie('a=1; s=old; b=2', 's=new; Path=/; HttpOnly')).toBe('a=1; b=2; s=new');
    expect(withSetCookie('', 's=new; Path=/')).toBe('s=new');
    expect(withSetCookie('a=1', '; Path=/')).toBe('a=1');
  });
});

describe('grid pages rendered by the gateway', () => {
  let upstream: FakeUpstream;
  let gw: TestGateway;
  let transport: Parameters<FirstScreenRenderer['installTransport']>[0];
  let behaviour: 'render' | 'null' | 'throw' | 'hang';
  let lastSignal: AbortSignal | undefined;
  let lastCookies: Record<string, string | undefined> | undefined;
  const renderer: FirstScreenRenderer = {
    rendersFirstScreen: (path) => path === '/customer-sessions',
    installTransport: (t) => {
      transport = t;
    },
    async renderFirstScreen(url, { colorScheme, cookies, signal }) {
      lastSignal = signal;
      lastCookies = cookies;
      // As the app does: /auth/me and a page of sessions, through the installed transport.
      const me = (await (await transport('http://console.invalid/auth/me')).json()) as {
        user: { name: string };
      };
      const list = await transport('http://console.invalid/api/sess-manager?page_size=25');
      const body = (await list.json()) as { data: { sessionID: string }[] };
      if (behaviour === 'null') return null;
      if (behaviour === 'throw') throw new Error('render broke');
      if (behaviour === 'hang') await new Promise(() => undefined);
      return {
        html: `<p>${me.user.name} sees ${body.data.length} session(s) at ${url} in ${colorScheme}</p>`,
        state: { now: 1, queries: { queries: [], mutations: [] }, note: '</script>' },
      };
    },
  };
  const html = { accept: 'text/html' };

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    const staticDir = makeStaticDir();
    writeFileSync(join(staticDir, 'index.html'), INDEX);
    writeFileSync(join(staticDir, 'load-after-paint.js'), '// the loader');
    rmSync(join(staticDir, 'index.html.br'));
    gw = await startGateway(testConfig(upstream.url, { STATIC_DIR: staticDir }), undefined, {
      firstScreenRenderer: renderer,
    });
  });
  afterAll(async () => {
    await gw.app.close();
    await upstream.close();
  });
  beforeEach(() => {
    behaviour = 'render';
  });

  it('answers a signed-in visitor with the rows in the page, inert until hydrated', async () => {
    await gw.signIn();
    upstream.apiCalls.length = 0;
    const page = await gw.request({ url: '/customer-sessions?q=acme', headers: html });
    expect(page.statusCode).toBe(200);
    expect(lastSignal?.aborted).toBe(false);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(page.body).toContain(
      '<div id="root" inert aria-disabled="true"><p>noc sees 1 session(s) at /customer-sessions?q=acme in light</p></div>',
    );
    expect(page.body).toContain('<script type="application/json" id="first-screen-state">');
    expect(page.body).toContain('"note":"\\u003c/script>"');
    // No module script before the rows: the bundle loads once they are painted.
    expect(page.body).not.toContain('type="module"');
    expect(page.body).toMatch(
      /id="first-screen-state">[^<]*<\/script><script src="\/load-after-paint\.js" data-entry="\/assets\/index-1\.js" data-preload="\/assets\/react-2\.js" defer><\/script>\s*<\/body>/,
    );
    expect(page.body).not.toContain('Loading the console');
    // The render's API call went through the proxy with the visitor's token.
    expect(upstream.apiCalls).toHaveLength(1);
    expect(String(upstream.apiCalls[0]?.headers.authorization)).toMatch(/^Bearer at-/);
  });

  it('compresses the streamed page when the browser accepts it', async () => {
    await gw.signIn();
    const page = await gw.request({
      url: '/customer-sessions',
      headers: { ...html, 'accept-encoding': 'gzip, br' },
    });
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.rawPayload).toString()).toContain('noc sees 1 session(s)');
  });

  it('renders in the colour scheme the app mirrored into its cookie', async () => {
    await gw.signIn();
    gw.jar.set('console-color-scheme', 'dark');
    try {
      const page = await gw.request({ url: '/customer-sessions', headers: html });
      expect(page.body).toContain('<html lang="en" data-mantine-color-scheme="dark">');
      expect(page.body).toContain('session(s) at /customer-sessions in dark</p>');
    } finally {
      gw.jar.delete('console-color-scheme');
    }
  });

  it('hands the renderer the display preferences mirrored in cookies, and no other cookie', async () => {
    await gw.signIn();
    const display = JSON.stringify({ timeZone: 'Asia/Tokyo', staleSeconds: 90 });
    gw.jar.set('console-pref-display', encodeURIComponent(display));
    try {
      const page = await gw.request({ url: '/customer-sessions', headers: html });
      expect(page.body).toContain('first-screen-state');
      expect(lastCookies).toEqual({ 'console-pref-display': display });
    } finally {
      gw.jar.delete('console-pref-display');
    }
  });

  it.each(['null', 'throw', 'hang'] as const)(
    'sends the plain page when the render gives nothing (%s)',
    async (how) => {
      await gw.signIn();
      behaviour = how;
      const page = await gw.request({ url: '/customer-sessions', headers: html });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<div id="root"><p class="boot-note" role="status">Loading');
      expect(page.body).not.toContain('first-screen-state');
      // Its module scripts right after #root, the loader nowhere.
      expect(page.body).toContain(
        'Loading the console…</p></div><script type="module" crossorigin src="/assets/index-1.js"></script>',
      );
      expect(page.body).not.toContain('load-after-paint');
      // Given up on past the budget: a render still waiting for its turn is skipped.
      expect(lastSignal?.aborted).toBe(how === 'hang');
    },
    FIRST_SCREEN_BUDGET_MS + 5_000,
  );

  it('does not render for a copy of a cookie whose session was signed out', async () => {
    await gw.signIn();
    const copy = gw.cookieHeader();
    const rendered = await gw.app.inject({
      url: '/customer-sessions',
      headers: { ...html, cookie: copy },
    });
    expect(rendered.body).toContain('first-screen-state');
    const token = await gw.csrf();
    const out = await gw.request({
      method: 'POST',
      url: '/auth/logout',
      headers: { 'x-csrf-token': token },
    });
    expect(out.statusCode).toBe(204);
    upstream.apiCalls.length = 0;
    const page = await gw.app.inject({
      url: '/customer-sessions',
      headers: { ...html, cookie: copy },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toBe(INDEX);
    expect(upstream.apiCalls).toHaveLength(0);
  });

  it('leaves signed-out visitors and other pages to the browser', async () => {
    await gw.signIn();
    const other = await gw.request({ url: '/customer-sessions/17', headers: html });
    expect(other.body).toBe(INDEX);
    gw.jar.clear();
    const signedOut = await gw.request({ url: '/customer-sessions', headers: html });
    expect(signedOut.body).toBe(INDEX);
    const stale = await gw.request({
      url: '/customer-sessions',
      headers: { ...html, cookie: 'console-session=forged' },
    });
    expect(stale.body).toBe(INDEX);
  });
});
