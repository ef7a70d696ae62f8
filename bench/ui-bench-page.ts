// The page-side half of the UI bench, injected as plain JavaScript with addInitScript: a string,
// because tsx keeps function names with a `__name` helper that does not exist in the page.
//
// Everything is timed with performance.now() in the page (ms since the document's navigation
// start); "painted" is the first moment after the frame that drew a change: requestAnimationFrame
// (runs right before that frame's paint) followed by a MessageChannel message (runs right after).
/** The part of window.__uiBench that Node-side predicates call. */
export interface PageBench {
  firstRows: number | null;
  interactive: number | null;
  hasRequest(params: Record<string, string>): boolean;
  drillShownAt(): number | null;
}
export type PageGlobal = { __uiBench?: PageBench };

export const PAGE_SCRIPT = String.raw`(() => {
  if (window.top !== window || window.__uiBench) return;
  const B = (window.__uiBench = {
    longTasks: [], firstRows: null, firstRowsDom: null, interactive: null, interactiveDom: null,
    pending: null,
  });
  try { performance.setResourceTimingBufferSize(10000); } catch (_) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (_) {}

  // Long animation frames, with the scripts that ran in them: what a long task was.
  B.frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.blockingDuration <= 0) continue;
        B.frames.push({
          start: e.startTime,
          duration: e.duration,
          scripts: e.scripts.map((x) => ({
            invoker: x.invoker,
            source: (x.sourceURL || '').replace(/^.*\//, '') + (x.sourceFunctionName ? ' ' + x.sourceFunctionName : ''),
            duration: Math.round(x.duration),
          })),
          renderMs: e.renderStart ? Math.round(e.startTime + e.duration - e.renderStart) : 0,
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (_) {}
  B.framesBetween = (from, to) =>
    B.frames.filter((f) => f.start + f.duration >= from && f.start <= to);

  B.afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });
  B.grid = () => document.querySelector('[data-testid="grid-scroll"]');
  // The session IDs of the first rows (or of all, with n = Infinity): what identifies a page of
  // the grid (time cells tick).
  B.signature = (n = 5) => {
    const table = B.grid() && B.grid().querySelector('table');
    if (!table) return '';
    const heads = Array.from(table.querySelectorAll('thead th'));
    const idIndex = heads.findIndex((th) => (th.textContent || '').trim().startsWith('Session ID'));
    const rows = Array.from(table.querySelectorAll('tbody tr')).filter(
      (tr) => !tr.hasAttribute('aria-hidden') && tr.children.length > 2,
    );
    return rows
      .slice(0, n)
      .map((tr) => ((idIndex >= 0 ? tr.children[idIndex] : tr) || {}).textContent || '')
      .join('|');
  };
  // Placeholder rows (the previous answer, kept while the next one loads) are dimmed.
  B.dimmed = () => {
    const g = B.grid();
    return !!g && g.style.opacity !== '' && Number(g.style.opacity) < 1;
  };

  // Navigation: the first data row of the grid in the DOM, then painted.
  const first = new MutationObserver(() => {
    if (B.firstRowsDom !== null || B.signature() === '') return;
    B.firstRowsDom = performance.now();
    first.disconnect();
    B.afterPaint((t) => {
      B.firstRows = t;
      // Tells the cold-navigation bench without it polling the page (see firstRowsSignal).
      console.debug('__uiBench:firstRows');
    });
  });
  first.observe(document, { childList: true, subtree: true });

  // Interactive: rows shown and the page no longer inert (the gateway sends its server-rendered
  // grid inert until the bundle has hydrated it; a page rendered in the browser never is).
  const ready = new MutationObserver(() => {
    const root = document.getElementById('root');
    if (B.interactiveDom !== null || !root || root.hasAttribute('inert')) return;
    if (B.signature() === '') return;
    B.interactiveDom = performance.now();
    ready.disconnect();
    B.afterPaint((t) => {
      B.interactive = t;
      console.debug('__uiBench:interactive');
    });
  });
  ready.observe(document, {
    childList: true, subtree: true, attributes: true, attributeFilter: ['inert'],
  });

  // Interactions: arm, act (click or type), then await B.pending. Starts at the last event of
  // the given type (its timeStamp); ends when the rows show another page, not dimmed, painted.
  B.arm = (eventType, timeoutMs) => {
    const before = B.signature();
    let startTs = null;
    B.pending = new Promise((resolve) => {
      let done = false;
      const check = () => {
        if (startTs === null || done) return;
        const sig = B.signature();
        if (sig === '' || sig === before || B.dimmed()) return;
        done = true;
        const domTs = performance.now();
        cleanup();
        B.afterPaint((paintedTs) => resolve({ startTs, domTs, paintedTs, before, after: sig }));
      };
      const onEvent = (e) => { startTs = e.timeStamp; check(); };
      const mo = new MutationObserver(check);
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        cleanup();
        resolve({ startTs, timeout: true, before, after: B.signature(), dimmed: B.dimmed() });
      }, timeoutMs);
      const cleanup = () => {
        mo.disconnect();
        clearTimeout(timer);
        window.removeEventListener(eventType, onEvent, true);
      };
      window.addEventListener(eventType, onEvent, true);
      mo.observe(document.body, {
        childList: true, subtree: true, characterData: true,
        attributes: true, attributeFilter: ['style', 'aria-busy'],
      });
    });
    return before;
  };

  // Rows marked as not (yet) the answer to what is asked: busy, or dimmed.
  B.busy = () => {
    const g = B.grid();
    return !!g && (g.getAttribute('aria-busy') === 'true' || B.dimmed());
  };
  // Search: every state of the grid that reached the screen (rows shown, marked busy or not)
  // from now on, with when it was painted, and the input events' times. A state is sampled in
  // requestAnimationFrame (what that frame paints) and timed right after that paint.
  B.watch = () => {
    const log = [];
    const inputs = [];
    let last = null;
    let scheduled = false;
    const sample = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        const sig = B.signature(Infinity);
        const busy = B.busy();
        const key = sig + '#' + busy;
        if (key === last) return;
        last = key;
        const entry = { sig, busy, frameTs: performance.now(), paintedTs: null };
        log.push(entry);
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { entry.paintedTs = performance.now(); };
        ch.port2.postMessage(0);
      });
    };
    const onInput = (e) => {
      // The state the first key leaves on screen is logged even if nothing in the grid changed.
      if (inputs.length === 0) last = null;
      inputs.push(e.timeStamp);
      sample();
    };
    const mo = new MutationObserver(sample);
    window.addEventListener('input', onInput, true);
    mo.observe(document.body, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: ['style', 'aria-busy'],
    });
    sample();
    B.watched = {
      log,
      inputs,
      stop: () => {
        mo.disconnect();
        window.removeEventListener('input', onInput, true);
        return { log, inputs };
      },
    };
  };

  B.apiEntries = (sinceTs) =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/sess-manager') && e.startTime >= sinceTs - 1)
      .map((e) => ({
        url: e.name.slice(e.name.indexOf('/api/')),
        startTime: e.startTime,
        requestStart: e.requestStart,
        responseStart: e.responseStart,
        responseEnd: e.responseEnd,
      }));
  // Predicates for page.waitForFunction (a string predicate would need eval, which CSP forbids).
  B.hasRequest = (params) =>
    B.apiEntries(0).some((e) => {
      const p = new URL(e.url, location.origin).searchParams;
      return Object.entries(params).every(([k, v]) => p.get(k) === v);
    });
  B.drillShownAt = () =>
    document.querySelector('[data-testid="drill-count"]') && document.querySelector('table tbody tr')
      ? performance.timeOrigin + performance.now()
      : null;
  B.lastMark = (name) => {
    const marks = performance.getEntriesByName(name, 'mark');
    return marks.length ? marks[marks.length - 1].startTime : null;
  };
  B.longTasksBetween = (from, to) =>
    B.longTasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration);
})();`;
