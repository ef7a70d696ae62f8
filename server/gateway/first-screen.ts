// A grid landing page answered with its first screen already rendered (src/server-entry.tsx, built
// into dist-server/): the rows paint when the document arrives, and the bundle hydrates them. The
// render's requests (/auth/me, the page of sessions) go through this gateway's own routes, in
// process, with the visitor's cookie, so they are authorized, renewed and proxied exactly as the
// browser's would be. Anything short of a complete render answers the plain index.html.
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PassThrough, type Transform } from 'node:stream';
import { constants as zlibConstants, createBrotliCompress, createGzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

type Transport = (input: Request | string, init?: RequestInit) => Promise<Response>;
type ColorScheme = 'light' | 'dark';

/** What dist-server/server-entry.js exports. */
export interface FirstScreenRenderer {
  rendersFirstScreen(pathname: string): boolean;
  installTransport(transport: Transport): void;
  renderFirstScreen(
    url: string,
    options: {
      colorScheme: ColorScheme;
      cookies?: Record<string, string | undefined>;
      signal?: AbortSignal;
    },
  ): Promise<{ html: string; state: unknown } | null>;
}

/** How long a visitor waits for a render before getting the plain page (which loads meanwhile). */
export const FIRST_SCREEN_BUDGET_MS = 400;

const ROOT_ELEMENT = /<div id="root">[\s\S]*?<\/div>/;
const ME_PATH = '/auth/me';
const STATE_ELEMENT_ID = 'first-screen-state';

/** The renderer built next to the SPA, or null (with the reason) when there is none to use. */
export async function loadFirstScreenRenderer(
  dir: string,
): Promise<{ renderer: FirstScreenRenderer } | { renderer: null; reason: string }> {
  const file = join(dir, 'server-entry.js');
  if (!existsSync(file)) return { renderer: null, reason: `${file} not found` };
  const loaded = (await import(pathToFileURL(file).href)) as Partial<FirstScreenRenderer>;
  if (
    typeof loaded.rendersFirstScreen !== 'function' ||
    typeof loaded.installTransport !== 'function' ||
    typeof loaded.renderFirstScreen !== 'function'
  ) {
    return { renderer: null, reason: `${file} is not a first-screen renderer` };
  }
  return { renderer: loaded as FirstScreenRenderer };
}

/**
 * JSON for a `<script type="application/json">` element: `<` escaped so that no value can close
 * the element or open a comment, and the line separators JavaScript once refused.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** index.html cut around the contents of #root: the head goes out before the render is done. */
export interface PageTemplate {
  /** Up to and including `<div id="root"`; without the module scripts when `afterPaint` is set. */
  head: string;
  /** The rest of #root in the plain page (its tag's `>`, "Loading the console…", `</div>`). */
  shell: string;
  /** What follows #root. */
  tail: string;
  /** The module scripts taken out of the head, for a plain page: it needs them at once. */
  scripts: string;
  /** For a rendered page: the script that loads the bundle once the rows are painted. */
  afterPaint: string;
}

/** Served from the static dir (public/ in the source); loads the bundle after the first paint. */
export const AFTER_PAINT_LOADER = '/load-after-paint.js';

const MODULE_SCRIPT = /[ \t]*<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>\n?/;
const MODULE_PRELOAD = /[ \t]*<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>\n?/g;

/**
 * Cuts index.html around #root. With `loader` (the after-paint loader's path), the module scripts
 * leave the head: fetched and compiled while the browser lays out a rendered page's first frame,
 * the bundle delayed that frame by ~130 ms on two cores (`npm run bench -- ui`), and it only
 * hydrates the rows, which are already there. A plain page gets them back right after #root.
 */
export function splitTemplate(html: string, loader?: string): PageTemplate | null {
  const match = ROOT_ELEMENT.exec(html);
  if (!match) return null;
  const open = '<div id="root"';
  let head = html.slice(0, match.index + open.length);
  const plain = {
    shell: match[0].slice(open.length),
    tail: html.slice(match.index + match[0].length),
  };
  const entry = MODULE_SCRIPT.exec(head);
  if (!loader || !entry) return { head, ...plain, scripts: '', afterPaint: '' };
  const preloads = [...head.matchAll(MODULE_PRELOAD)];
  const tags = [entry[0], ...preloads.map((p) => p[0])];
  for (const tag of tags) head = head.replace(tag, '');
  const preloadList = preloads.map((p) => p[1]).join(' ');
  return {
    head,
    ...plain,
    scripts: tags.map((tag) => tag.trim()).join(''),
    afterPaint:
      `<script src="${loader}" data-entry="${entry[1]}"` +
      (preloadList ? ` data-preload="${preloadList}"` : '') +
      ' defer></script>',
  };
}

/** The cookie the app mirrors its colour scheme into (src/app/theme.ts), so it paints right. */
const COLOR_SCHEME_COOKIE = 'console-color-scheme';

/**
 * The head in the colour scheme the page is rendered in: Mantine's variables key on the
 * attribute, which the app itself only sets once it runs.
 */
export function headFor(page: PageTemplate, scheme: ColorScheme): string {
  return page.head.replace(
    '<html lang="en">',
    `<html lang="en" data-mantine-color-scheme="${scheme}">`,
  );
}

/** The cookies the app mirrors its display preferences into (src/lib/pref-cookies.ts). */
const PREF_COOKIE_PREFIX = 'console-pref-';

/** The visitor's display preferences, for the renderer: those cookies and nothing else. */
export function prefCookiesOf(
  cookies: Record<string, string | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(cookies).filter(([name]) => name.startsWith(PREF_COOKIE_PREFIX)),
  );
}

/** The scheme the visitor chose ("auto" and anything unknown render light). */
export function colorSchemeOf(cookies: Record<string, string | undefined>): ColorScheme {
  return cookies[COLOR_SCHEME_COOKIE] === 'dark' ? 'dark' : 'light';
}

/**
 * The rest of #root, in place of the shell: the rendered markup, sent inert (nothing reacts
 * to input until the bundle has hydrated it and lifts that), then the state to hydrate with.
 * Also aria-disabled: what tells a driven browser (Playwright waits for controls to be enabled)
 * that a click now would be lost.
 */
export function renderedRoot(html: string, state: unknown): string {
  return (
    ` inert aria-disabled="true">${html}</div>` +
    `<script type="application/json" id="${STATE_ELEMENT_ID}">${scriptSafeJson(state)}</script>`
  );
}

/** Replaces or adds one cookie (from a Set-Cookie line) in a Cookie request header. */
export function withSetCookie(cookieHeader: string, setCookie: string): string {
  const pair = (setCookie.split(';', 1)[0] ?? '').trim();
  const name = pair.slice(0, pair.indexOf('='));
  if (!name) return cookieHeader;
  const others = cookieHeader
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c && c.slice(0, c.indexOf('=')) !== name);
  return [...others, pair].join('; ');
}

interface Answer {
  status: number;
  type: string | undefined;
  body: Buffer;
}

/**
 * The render's requests, one after the other through the gateway itself with the visitor's
 * cookie. A renewed session (a refreshed token, a new CSRF secret) carries on to the next request
 * and to the visitor (`setCookies`); an answer already fetched is not asked for twice.
 */
function visitorTransport(app: FastifyInstance, request: FastifyRequest) {
  let cookie = request.headers.cookie ?? '';
  const setCookies: string[] = [];
  const answers = new Map<string, Promise<Answer>>();
  let queue: Promise<unknown> = Promise.resolve();

  function get(path: string): Promise<Answer> {
    const known = answers.get(path);
    if (known) return known;
    const answer = queue.then(async () => {
      const reply = await app.inject({
        method: 'GET',
        url: path,
        headers: { cookie, accept: 'application/json' },
      });
      const set = reply.headers['set-cookie'];
      for (const line of Array.isArray(set) ? set : set ? [set] : []) {
        setCookies.push(line);
        cookie = withSetCookie(cookie, line);
      }
      const type = reply.headers['content-type'];
      return {
        status: reply.statusCode,
        type: typeof type === 'string' ? type : undefined,
        body: reply.rawPayload,
      };
    });
    queue = answer.catch(() => undefined);
    answers.set(path, answer);
    return answer;
  }

  const transport: Transport = async (input, init) => {
    const target = new URL(typeof input === 'string' ? input : input.url);
    const method = init?.method ?? (typeof input === 'string' ? 'GET' : input.method);
    if (method.toUpperCase() !== 'GET') throw new Error(`a first-screen render sent ${method}`);
    const { status, type, body } = await get(target.pathname + target.search);
    return new Response(new Uint8Array(body), {
      status,
      headers: type ? { 'content-type': type } : {},
    });
  };
  return { get, transport, setCookies };
}

/** The encodings the page may go out in, best first, with a flush (so the head leaves at once). */
function encoderFor(acceptEncoding: string | undefined): {
  encoding: string | null;
  stream: Transform;
  /** Resolves once what was written is out of the encoder. */
  flush: () => Promise<void>;
} {
  const accepted = (acceptEncoding ?? '').toLowerCase();
  if (/\bbr\b/.test(accepted)) {
    // Quality 5: a page of rows compresses ~12× in a couple of milliseconds.
    const stream = createBrotliCompress({
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 },
    });
    return { encoding: 'br', stream, flush: () => new Promise((done) => stream.flush(done)) };
  }
  if (/\bgzip\b/.test(accepted)) {
    const stream = createGzip();
    return { encoding: 'gzip', stream, flush: () => new Promise((done) => stream.flush(done)) };
  }
  return { encoding: null, stream: new PassThrough(), flush: () => Promise.resolve() };
}

export interface FirstScreenPages {
  /** Answers the request with a rendered first screen; false when it did not (send index.html). */
  tryRender(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
}

export function firstScreenPages(
  app: FastifyInstance,
  renderer: FirstScreenRenderer,
  staticDir: string,
  budgetMs = FIRST_SCREEN_BUDGET_MS,
): FirstScreenPages {
  const renders = new AsyncLocalStorage<Transport>();
  renderer.installTransport((input, init) => {
    const transport = renders.getStore();
    if (!transport) return Promise.reject(new Error('a request outside a first-screen render'));
    return transport(input, init);
  });
  // Read on first use: the build may write it after the gateway starts (tests, `npm start`).
  let template: PageTemplate | null = null;

  async function render(
    url: string,
    colorScheme: ColorScheme,
    transport: Transport,
    request: FastifyRequest,
  ) {
    // Past the budget the visitor gets the plain page, and a render still waiting is skipped.
    const giveUp = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const overBudget = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        giveUp.abort();
        resolve(null);
      }, budgetMs);
    });
    try {
      return await Promise.race([
        renders.run(transport, () =>
          renderer.renderFirstScreen(url, {
            colorScheme,
            cookies: prefCookiesOf(request.cookies),
            signal: giveUp.signal,
          }),
        ),
        overBudget,
      ]);
    } catch (error) {
      request.log.warn({ err: error }, 'first-screen render failed');
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async tryRender(request, reply) {
      if (request.method !== 'GET' || !request.headers.cookie) return false;
      const url = request.raw.url ?? '/';
      const pathname = url.split('?', 1)[0] ?? url;
      if (!renderer.rendersFirstScreen(pathname)) return false;
      try {
        template ??= splitTemplate(
          readFileSync(join(staticDir, 'index.html'), 'utf8'),
          existsSync(join(staticDir, AFTER_PAINT_LOADER)) ? AFTER_PAINT_LOADER : undefined,
        );
      } catch {
        return false;
      }
      if (!template) return false;
      const page = template;

      // Signed in? Asked first (and kept for the render): the answer may renew the session,
      // and cookies must be set before the head goes out.
      const { get, transport, setCookies } = visitorTransport(app, request);
      const me = await get(ME_PATH).catch(() => null);
      for (const line of setCookies.splice(0)) reply.header('set-cookie', line);
      if (me?.status !== 200) return false;

      // The head now, so the browser fetches the styles while the rows are rendered.
      const { encoding, stream, flush } = encoderFor(request.headers['accept-encoding']);
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('vary', 'accept-encoding');
      if (encoding) reply.header('content-encoding', encoding);
      void reply.send(stream);
      const colorScheme = colorSchemeOf(request.cookies);
      stream.write(headFor(page, colorScheme));
      // Rendering blocks the event loop for a while: let the head reach the socket first.
      await flush();
      await new Promise((done) => setImmediate(done));

      const screen = await render(url, colorScheme, transport, request);
      if (stream.destroyed) return true;
      // Past the head, a failed render is the plain page: the bundle renders it as it would.
      stream.end(
        (screen
          ? renderedRoot(screen.html, screen.state) + page.afterPaint
          : page.shell + page.scripts) + page.tail,
      );
      return true;
    },
  };
}
