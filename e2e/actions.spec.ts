import type { APIRequestContext, Locator, Page } from '@playwright/test';
import {
  addCustomerSession,
  expect,
  expectNoA11yViolations,
  grid,
  resetSimulator,
  setFaults,
  SIMULATOR_URL,
  test,
} from './fixtures';

// Stop binds / restart gate against the simulator through the gateway. Test data that must not
// collide with the seeded population is added through the simulator's control endpoint.

interface ActionStats {
  count: number;
  names: string[];
}
interface SimStats {
  actions: { stop: ActionStats; restart: ActionStats };
}

async function simStats(request: APIRequestContext): Promise<SimStats> {
  const res = await request.get(`${SIMULATOR_URL}/_simulator/stats`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as SimStats;
}

interface Row {
  sessionID: string;
  authName?: string;
  gateCName?: string;
  connectionCName?: string;
  instNum?: number;
}

/** Through the gateway with the signed-in page's cookie, like the SPA itself. */
async function apiRows(page: Page, path: string): Promise<Row[]> {
  const res = await page.request.get(`/api${path}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: Row[] }).data;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rowStopButton(page: Page, authName: string): Locator {
  return page
    .getByRole('button', { name: new RegExp(`^Stop binds of ${escape(authName)} \\(session`) })
    .first();
}

/** The horizontal scroll of the grid's scrolling box (the table's parent). */
function scrollState(table: Locator) {
  return table.evaluate((el) => {
    const box = el.parentElement!;
    return {
      scrollLeft: box.scrollLeft,
      scrollWidth: box.scrollWidth,
      clientWidth: box.clientWidth,
    };
  });
}

function dialog(page: Page, title: RegExp | string): Locator {
  return page.getByRole('dialog', { name: title });
}

test.afterEach(async ({ request }) => {
  await resetSimulator(request);
});

test.describe('stop binds', () => {
  test('shows fresh facts, confirms with one request on a double click, verifies, lists it', async ({
    page,
    signIn,
    request,
  }) => {
    const name = 'e2e_stop_one';
    await addCustomerSession(request, {
      authName: name,
      ipAddr: '192.0.2.11',
      serverAddr: 'smpp-01:2775',
    });
    await addCustomerSession(request, {
      authName: name,
      ipAddr: '192.0.2.11',
      serverAddr: 'smpp-02:2775',
    });
    await addCustomerSession(request, {
      authName: name,
      ipAddr: '192.0.2.12',
      serverAddr: 'smpp-01:2775',
    });
    // Contains the name but is another auth name: must not be counted.
    await addCustomerSession(request, { authName: `${name}_other`, ipAddr: '192.0.2.99' });

    await signIn(`/customer-sessions?q=${name}`);
    await rowStopButton(page, name).click();
    const d = dialog(page, `Stop all binds of ${name}?`);
    await expect(d).toBeVisible();
    await expect(d.getByRole('button', { name: 'Cancel' })).toBeFocused();
    const facts = d.getByRole('table', { name: 'What will be stopped' });
    await expect(facts.getByRole('row', { name: /Binds that drop now/ })).toContainText('3');
    await expect(facts.getByRole('row', { name: /From IP addresses/ })).toContainText(
      '192.0.2.11 (2), 192.0.2.12',
    );
    await expect(facts.getByRole('row', { name: /On servers/ })).toContainText(
      'smpp-01:2775 (2), smpp-02:2775',
    );
    await expect(d).toContainText('The client may bind again');
    // Three binds: no typed confirmation, and the dialog says where typing would start.
    await expect(d.getByLabel(/to confirm/)).toHaveCount(0);
    await expect(
      d.getByText(
        'This stops 3 binds — 10 or fewer — so one click confirms; more than 10 would need the auth name typed.',
      ),
    ).toBeVisible();
    await expectNoA11yViolations(page);

    // Focus is trapped: tabbing around never leaves the dialog.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await d.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }

    await d.getByRole('button', { name: 'Stop binds', exact: true }).dblclick();
    await expect(d).toBeHidden();
    await expect(
      page.getByRole('alert').filter({ hasText: `Stop binds of ${name}: accepted` }),
    ).toBeVisible();
    const outcome = page.getByRole('status', { name: 'Results of your actions' });
    await expect(outcome).toContainText(`Verified: no bind of ${name} remains`);
    await expect(page.getByText('No sessions match these filters')).toBeHidden();

    const stats = await simStats(request);
    expect(stats.actions.stop.count).toBe(1);
    expect(stats.actions.stop.names).toEqual([name]);
    expect((await apiRows(page, `/sess-manager?q=${name}&all=yes`)).map((r) => r.authName)).toEqual(
      [`${name}_other`],
    );

    // Recent actions: this browser session's actions survive a reload of the tab.
    await page.reload();
    await page.getByRole('button', { name: /^Recent actions/ }).click();
    const panel = page.getByRole('dialog', { name: 'Recent actions (this browser session)' });
    const entry = panel.getByRole('row', { name: new RegExp(`Stop binds of ${name}`) });
    await expect(entry).toContainText('noc');
    await expect(entry).toContainText('Accepted');
    await expect(entry).toContainText(`no bind of ${name} remains`);
    await expectNoA11yViolations(page);
  });

  test('Cancel and Escape close the dialog and send nothing', async ({ page, signIn, request }) => {
    const name = 'e2e_stop_cancel';
    await addCustomerSession(request, { authName: name });
    await signIn(`/customer-sessions?q=${name}`);
    const button = rowStopButton(page, name);

    await button.click();
    const d = dialog(page, `Stop all binds of ${name}?`);
    await expect(d.getByRole('button', { name: 'Stop binds', exact: true })).toBeEnabled();
    await d.getByRole('button', { name: 'Cancel' }).click();
    await expect(d).toBeHidden();
    await expect(button).toBeFocused();

    await button.click();
    await expect(d.getByRole('button', { name: 'Stop binds', exact: true })).toBeEnabled();
    await page.keyboard.press('Escape');
    await expect(d).toBeHidden();

    // Enter on the initially focused Cancel is a cancel too.
    await button.click();
    await expect(d.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(d).toBeHidden();

    // A double click on the row's button opens one dialog, not two stacked ones.
    await button.dblclick();
    await expect(d).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(d).toBeHidden();

    expect((await simStats(request)).actions.stop.count).toBe(0);
    expect(await apiRows(page, `/sess-manager?q=${name}&all=yes`)).toHaveLength(1);
  });

  test('a stop from a row leaves the grid scrolled where it was, Session ID in view', async ({
    page,
    signIn,
    request,
  }) => {
    const name = 'e2e_stop_scroll';
    await addCustomerSession(request, { authName: name, customer: 'Scrollcase' });
    await addCustomerSession(request, { authName: `${name}_kept`, customer: 'Scrollcase' });
    await addCustomerSession(request, { authName: `${name}_last`, customer: 'Scrollcase' });
    await signIn('/customer-sessions?q=Scrollcase&sort=authName');
    const table = grid(page, 'Customer sessions');
    await expect(table.getByRole('row')).toHaveCount(4);
    const sessionIdHeader = table.getByRole('columnheader', { name: /Session ID/ });
    // The grid is wider than the window (the test means something only then).
    const scroller = await scrollState(table);
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    expect(scroller.scrollLeft).toBe(0);

    await rowStopButton(page, name).click();
    const d = dialog(page, `Stop all binds of ${name}?`);
    await d.getByRole('button', { name: 'Stop binds', exact: true }).click();
    await expect(d).toBeHidden();
    await expect(table.getByRole('row')).toHaveCount(3);
    expect((await scrollState(table)).scrollLeft).toBe(0);
    await expect(sessionIdHeader).toBeInViewport({ ratio: 1 });

    // Scrolled a little by the user: it stays there, by keyboard too.
    await table.evaluate((el) => {
      el.parentElement!.scrollLeft = 60;
    });
    await rowStopButton(page, `${name}_kept`).focus();
    await page.keyboard.press('Enter');
    const kept = dialog(page, `Stop all binds of ${name}_kept?`);
    await kept.getByRole('button', { name: 'Stop binds', exact: true }).click();
    await expect(kept).toBeHidden();
    await expect(table.getByRole('row')).toHaveCount(2);
    expect((await scrollState(table)).scrollLeft).toBe(60);
  });

  test('a large stop needs the auth name typed, exactly; repeated Enter sends one request', async ({
    page,
    signIn,
    request,
  }) => {
    const name = 'e2e_stop_large';
    for (let i = 0; i < 11; i++)
      await addCustomerSession(request, { authName: name, ipAddr: `192.0.2.${i + 1}` });
    await signIn(`/customer-sessions?q=${name}`);
    await rowStopButton(page, name).click();
    const d = dialog(page, `Stop all binds of ${name}?`);
    const confirm = d.getByRole('button', { name: 'Stop binds', exact: true });
    const typed = d.getByLabel(`Type ${name} to confirm`);
    await expect(typed).toBeVisible();
    await expect(typed).toHaveAccessibleDescription(
      'This stops 11 binds — more than 10 — so type the auth name to confirm.',
    );
    await expect(confirm).toBeDisabled();

    await typed.fill(name.toUpperCase());
    await expect(confirm).toBeDisabled();
    await typed.press('Enter');
    await typed.fill(`${name}x`);
    await expect(confirm).toBeDisabled();
    await typed.press('Enter');
    await expect(d).toBeVisible();
    expect((await simStats(request)).actions.stop.count).toBe(0);

    await typed.fill(name);
    await expect(confirm).toBeEnabled();
    // Slow the platform so the repeated Enters all land while the first request is in flight.
    await setFaults(request, { latencyMs: 1500 });
    await typed.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(d).toBeHidden();
    await setFaults(request, { latencyMs: 0 });
    await expect(page.getByRole('status', { name: 'Results of your actions' })).toContainText(
      `no bind of ${name} remains`,
    );
    expect((await simStats(request)).actions.stop.count).toBe(1);
  });

  test('reports a rebind after the stop, with when', async ({ page, signIn, request }) => {
    const name = 'e2e_stop_rebind';
    await addCustomerSession(request, { authName: name });
    await signIn(`/customer-sessions?q=${name}`);
    await rowStopButton(page, name).click();
    await dialog(page, `Stop all binds of ${name}?`)
      .getByRole('button', { name: 'Stop binds', exact: true })
      .click();
    const outcome = page.getByRole('status', { name: 'Results of your actions' });
    await expect(outcome).toContainText('Watching for a rebind');
    // The client binds again (as a real SMPP client does after a while).
    await addCustomerSession(request, { authName: name, ipAddr: '192.0.2.77' });
    await expect(outcome).toContainText(
      new RegExp(
        `${name} bound again at \\d{2}:\\d{2}:\\d{2} \\(\\d+ s after the stop\\) with 1 bind`,
      ),
    );
    await expect(
      page.getByRole('alert').filter({ hasText: `Stop binds of ${name}: accepted` }),
    ).toContainText(`${name} bound again at`);
  });

  test('shows each error code inside the dialog and changes nothing', async ({
    page,
    signIn,
    request,
  }) => {
    const name = 'e2e_stop_errors';
    await addCustomerSession(request, { authName: name });
    await signIn(`/customer-sessions?q=${name}`);
    const cases: [string, number, RegExp][] = [
      ['SESSION_MANAGER_NO_PLATFORM_PREFIX', 500, /not configured for session management/],
      ['SESSION_MANAGER_AUTH_NAME_REQUIRED', 400, /An auth name is required/],
      ['SESSION_MANAGER_ACTION_NOT_SUPPORTED', 400, /does not support that action/],
      ['SESSION_MANAGER_REDIS_NOT_FOUND', 500, /session store is unreachable/],
    ];
    for (const [code, status, message] of cases) {
      await rowStopButton(page, name).click();
      const d = dialog(page, `Stop all binds of ${name}?`);
      const confirm = d.getByRole('button', { name: 'Stop binds', exact: true });
      await expect(confirm).toBeEnabled();
      // The facts loaded fine; now the platform fails the action itself.
      await setFaults(request, { errorRate: 1, errorCode: code, errorStatus: status });
      await confirm.click();
      const alert = d.getByRole('alert').filter({ hasText: 'The action failed' });
      await expect(alert).toContainText(code);
      await expect(alert).toContainText(message);
      await expect(alert).toContainText(`HTTP ${status}`);
      await setFaults(request, { errorRate: 0 });
      await d.getByRole('button', { name: 'Cancel' }).click();
      await expect(d).toBeHidden();
    }

    // A network failure between the browser and the console.
    await page.route('**/api/customer-connections/stop', (route) => route.abort('failed'));
    await rowStopButton(page, name).click();
    const d = dialog(page, `Stop all binds of ${name}?`);
    await d.getByRole('button', { name: 'Stop binds', exact: true }).click();
    await expect(d.getByRole('alert').filter({ hasText: 'The action failed' })).toContainText(
      'NETWORK_ERROR',
    );
    await page.unroute('**/api/customer-connections/stop');
    await d.getByRole('button', { name: 'Cancel' }).click();

    expect((await simStats(request)).actions.stop.count).toBe(0);
    expect(await apiRows(page, `/sess-manager?q=${name}&all=yes`)).toHaveLength(1);
    // The failures are in Recent actions too.
    await page.getByRole('button', { name: /^Recent actions/ }).click();
    const panel = page.getByRole('dialog', { name: 'Recent actions (this browser session)' });
    await expect(panel.getByRole('row', { name: /Failed/ })).toHaveCount(5);
  });

  test('cannot be confirmed while the facts load or after they failed to load', async ({
    page,
    signIn,
    request,
  }) => {
    const name = 'e2e_stop_impact';
    await addCustomerSession(request, { authName: name });
    await signIn(`/customer-sessions?q=${name}`);
    const button = rowStopButton(page, name);
    await expect(button).toBeVisible();

    await setFaults(request, { latencyMs: 1500 });
    await button.click();
    const d = dialog(page, `Stop all binds of ${name}?`);
    const confirm = d.getByRole('button', { name: 'Stop binds', exact: true });
    await expect(d.getByRole('status')).toContainText('Loading what this will affect');
    await expect(confirm).toBeDisabled();
    await expect(confirm).toBeEnabled();
    await d.getByRole('button', { name: 'Cancel' }).click();

    await setFaults(request, {
      latencyMs: 0,
      errorRate: 1,
      errorStatus: 503,
      errorCode: 'SESSION_MANAGER_REDIS_NOT_FOUND',
    });
    await button.click();
    await expect(d.getByRole('alert')).toContainText(
      'could not be loaded, so it cannot be confirmed',
    );
    await expect(d.getByRole('alert')).toContainText('SESSION_MANAGER_REDIS_NOT_FOUND');
    await expect(confirm).toBeDisabled();
    await setFaults(request, { errorRate: 0 });
    await d.getByRole('button', { name: 'Load again' }).click();
    await expect(confirm).toBeEnabled();
    await expect(d.getByRole('table', { name: 'What will be stopped' })).toContainText('1');
    await d.getByRole('button', { name: 'Cancel' }).click();
    expect((await simStats(request)).actions.stop.count).toBe(0);
  });

  test('a timeout shows inside the dialog', async ({ page, signIn, request }) => {
    test.setTimeout(60_000);
    const name = 'e2e_stop_timeout';
    await addCustomerSession(request, { authName: name });
    await signIn(`/customer-sessions?q=${name}`);
    await rowStopButton(page, name).click();
    const d = dialog(page, `Stop all binds of ${name}?`);
    const confirm = d.getByRole('button', { name: 'Stop binds', exact: true });
    await expect(confirm).toBeEnabled();
    await setFaults(request, { latencyMs: 25_000 });
    await confirm.click();
    // While in flight the dialog cannot be confirmed again or dismissed by Escape.
    await expect(confirm).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(d).toBeVisible();
    await expect(d.getByRole('alert').filter({ hasText: 'The action failed' })).toContainText(
      /TIMEOUT/,
      { timeout: 30_000 },
    );
    await setFaults(request, { latencyMs: 0 });
  });

  test('a 403 from the server gets a clear message and changes nothing', async ({
    page,
    signIn,
    request,
  }) => {
    const name = 'e2e_stop_forbidden';
    await addCustomerSession(request, { authName: name });
    await signIn(`/customer-sessions?q=${name}`, 'support');
    await rowStopButton(page, name).click();
    const d = dialog(page, `Stop all binds of ${name}?`);
    const confirm = d.getByRole('button', { name: 'Stop binds', exact: true });
    await expect(confirm).toBeEnabled();
    await setFaults(request, { errorRate: 1, errorCode: 'FORBIDDEN', errorStatus: 403 });
    await confirm.click();
    const alert = d.getByRole('alert').filter({ hasText: 'The action failed' });
    await expect(alert).toContainText(
      'You do not have the privilege "customer-connection-session-manager.manage" needed to stop binds. Nothing was changed.',
    );
    await expect(alert).toContainText('HTTP 403');
    await setFaults(request, { errorRate: 0 });
    await d.getByRole('button', { name: 'Cancel' }).click();

    // support may stop binds but not restart gates: the gateway passes on the platform's 403.
    const me = (await (await page.request.get('/auth/me')).json()) as { csrfToken: string };
    const res = await page.request.put('/api/supplier-gates/restart', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { cName: 'northwind_carrier_de_direct' },
    });
    expect(res.status()).toBe(403);
    const stats = await simStats(request);
    expect(stats.actions.stop.count).toBe(0);
    expect(stats.actions.restart.count).toBe(0);
  });
});

test.describe('restart gate', () => {
  test('from the detail page: facts, typed gate name, new session IDs verified', async ({
    page,
    signIn,
  }) => {
    await signIn('/supplier-sessions');
    const all = await apiRows(page, '/sess-manager-suppliers?all=yes');
    const byGate = new Map<string, Row[]>();
    for (const r of all)
      byGate.set(r.gateCName ?? '', [...(byGate.get(r.gateCName ?? '') ?? []), r]);
    const [gate, sessions] = [...byGate].find(([, rows]) => rows.length >= 2) ?? ['', []];
    const first = sessions[0];
    expect(first).toBeDefined();

    await page.goto(`/supplier-sessions/${first?.sessionID ?? ''}`);
    await page.getByRole('button', { name: `Restart gate ${gate}` }).click();
    const d = dialog(page, `Restart supplier gate ${gate}?`);
    await expect(d.getByRole('button', { name: 'Cancel' })).toBeFocused();
    const facts = d.getByRole('table', { name: 'What will be restarted' });
    await expect(facts.getByRole('row', { name: /Sessions that drop/ })).toContainText(
      String(sessions.length),
    );
    for (const c of new Set(sessions.map((s) => s.connectionCName ?? ''))) {
      await expect(facts.getByRole('row', { name: /Connections/ })).toContainText(c);
    }
    await expect(d.getByLabel('Expect the connections back within (seconds)')).toHaveValue('30');
    await expectNoA11yViolations(page);

    // Every connection of the gate drops: the gate code name must be typed.
    const confirm = d.getByRole('button', { name: 'Restart gate', exact: true });
    await expect(confirm).toBeDisabled();
    await expect(d.getByLabel(`Type ${gate} to confirm`)).toHaveAccessibleDescription(
      `A restart drops every connection of the gate at once (${sessions.length} here), so type the gate code name to confirm.`,
    );
    await d.getByLabel(`Type ${gate} to confirm`).fill(gate.slice(0, -1));
    await expect(confirm).toBeDisabled();
    await d.getByLabel(`Type ${gate} to confirm`).fill(gate);
    await confirm.click();
    await expect(d).toBeHidden();

    const outcome = page.getByRole('status').filter({ hasText: `Restart gate ${gate}` });
    await expect(outcome).toContainText('Waiting for the connections');
    await expect(outcome).toContainText(
      `Verified: all ${sessions.length} connection instance(s) of ${gate} came back with new session IDs`,
      { timeout: 15_000 },
    );
    const after = (await apiRows(page, `/sess-manager-suppliers?q=${gate}&all=yes`)).filter(
      (r) => r.gateCName === gate,
    );
    expect(after).toHaveLength(sessions.length);
    const oldIds = new Set(sessions.map((s) => s.sessionID));
    expect(after.every((r) => !oldIds.has(r.sessionID))).toBe(true);
  });

  test('warns when the connections are not back within the set time', async ({
    page,
    signIn,
    request,
  }) => {
    await signIn('/supplier-sessions');
    const row = (await apiRows(page, '/sess-manager-suppliers?all=yes'))[0];
    const gate = row?.gateCName ?? '';
    await page.goto(`/supplier-sessions/${row?.sessionID ?? ''}`);
    await page.getByRole('button', { name: `Restart gate ${gate}` }).click();
    const d = dialog(page, `Restart supplier gate ${gate}?`);
    await d.getByLabel('Expect the connections back within (seconds)').fill('1');
    await d.getByLabel(`Type ${gate} to confirm`).fill(gate);
    await d.getByRole('button', { name: 'Restart gate', exact: true }).click();
    // The simulator brings them back after 3 s: later than the 1 s asked for.
    await expect(
      page.getByRole('status').filter({ hasText: `Restart gate ${gate}` }),
    ).toContainText(
      /Warning: only 0 of \d+ connection instance\(s\) of .* came back with new session IDs within \d s/,
    );
    expect((await simStats(request)).actions.restart.names).toEqual([gate]);
  });
});

test.describe('privileges', () => {
  test('the manager sees the actions disabled, with the missing privilege named', async ({
    page,
    signIn,
  }) => {
    await signIn('/customer-sessions', 'manager');
    const stop = page.getByRole('button', { name: /^Stop binds of .* \(session/ }).first();
    await expect(stop).toHaveAttribute('aria-disabled', 'true');
    await expect(stop).toHaveAccessibleDescription(
      'You need the privilege "customer-connection-session-manager.manage" to do this.',
    );
    await stop.hover();
    await expect(page.getByRole('tooltip')).toHaveText(
      'You need the privilege "customer-connection-session-manager.manage" to do this.',
    );
    await stop.click({ force: true });
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.goto('/supplier-sessions');
    const restart = page.getByRole('button', { name: /^Restart gate .* \(session/ }).first();
    await expect(restart).toHaveAttribute('aria-disabled', 'true');
    await restart.focus();
    await expect(page.getByRole('tooltip')).toHaveText(
      'You need the privilege "supplier-gate-session-manager.manage" to do this.',
    );
    await expectNoA11yViolations(page);
  });
});

test.describe('bulk', () => {
  test('stops the distinct auth names of the selection; one fails with its reason', async ({
    page,
    signIn,
    request,
  }) => {
    // At most 256 characters are accepted for an auth name: this one fails at the platform.
    const tooLong = `bulkfail_${'x'.repeat(280)}`;
    await addCustomerSession(request, { authName: 'bulkok_a', customer: 'Bulkcase' });
    await addCustomerSession(request, { authName: 'bulkok_a', customer: 'Bulkcase' });
    await addCustomerSession(request, { authName: tooLong, customer: 'Bulkcase' });
    await addCustomerSession(request, { authName: 'bulkok_b', customer: 'Bulkcase' });
    await signIn('/customer-sessions?q=Bulkcase');
    await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await expect(bar).toContainText('4 sessions selected · 3 auth names');
    await bar.getByRole('button', { name: 'Stop binds of 3 auth names' }).click();

    const d = dialog(page, 'Stop the binds of 3 auth names?');
    await expect(d.getByRole('table', { name: 'What will be stopped' })).toContainText('bulkok_a');
    await expect(
      d.getByText(
        'This stops 4 binds in total — 10 or fewer — so one click confirms; more than 10 would need “stop 3” typed.',
      ),
    ).toBeVisible();
    await d.getByLabel('Pause between requests (ms)').fill('100');
    await d.getByRole('button', { name: 'Stop binds', exact: true }).click();
    await expect(d.getByRole('status').filter({ hasText: 'Finished' })).toContainText(
      '2 of 3 succeeded, 1 failed',
    );
    const failed = d.getByRole('listitem').filter({ hasText: 'Failed' });
    await expect(failed).toContainText(tooLong);
    await expect(failed).toContainText('SESSION_MANAGER_BODY_INVALID');
    await expect(d.getByRole('listitem').filter({ hasText: 'bulkok_b' })).toContainText('Accepted');
    await d.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toHaveCount(0);

    const stats = await simStats(request);
    expect(stats.actions.stop.names).toEqual(['bulkok_a', 'bulkok_b']);
  });

  test('can be cancelled midway', async ({ page, signIn, request }) => {
    for (const n of ['cxl_1', 'cxl_2', 'cxl_3', 'cxl_4']) {
      await addCustomerSession(request, { authName: n, customer: 'Cxlcase' });
    }
    await signIn('/customer-sessions?q=Cxlcase&sort=authName');
    await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
    await page
      .getByRole('region', { name: 'Bulk actions' })
      .getByRole('button', { name: 'Stop binds of 4 auth names' })
      .click();
    const d = dialog(page, 'Stop the binds of 4 auth names?');
    await d.getByLabel('Pause between requests (ms)').fill('3000');
    await d.getByRole('button', { name: 'Stop binds', exact: true }).click();
    await expect(d.getByRole('listitem').filter({ hasText: 'cxl_1' })).toContainText('Accepted');
    await d.getByRole('button', { name: 'Cancel remaining' }).click();
    await expect(d.getByRole('status').filter({ hasText: 'Finished' })).toContainText(
      '1 of 4 succeeded, 3 cancelled',
    );
    expect((await simStats(request)).actions.stop.names).toEqual(['cxl_1']);
  });
});

test.describe('bulk restart', () => {
  test('restarts the distinct gates of the selection after typing the count', async ({
    page,
    signIn,
    request,
  }) => {
    await signIn('/supplier-sessions?size=10');
    const rows = (await apiRows(page, '/sess-manager-suppliers?page_size=10&page_number=1')).slice(
      0,
      10,
    );
    const gates = [...new Set(rows.map((r) => r.gateCName ?? ''))];
    await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByRole('button', { name: `Restart ${gates.length} gates` }).click();

    const d = dialog(page, `Restart ${gates.length} supplier gates?`);
    const confirm = d.getByRole('button', { name: 'Restart gate', exact: true });
    await expect(d.getByRole('table', { name: 'What will be restarted' })).toContainText(
      gates[0] ?? '',
    );
    await expect(confirm).toBeDisabled();
    await d.getByLabel(`Type restart ${gates.length} to confirm`).fill(`restart ${gates.length}`);
    await d.getByLabel('Pause between requests (ms)').fill('0');
    await confirm.click();
    await expect(d.getByRole('status').filter({ hasText: 'Finished' })).toContainText(
      `${gates.length} of ${gates.length} succeeded`,
    );
    for (const gate of gates) {
      await expect(d.getByRole('listitem').filter({ hasText: gate }).first()).toContainText(
        `Verified: all`,
        { timeout: 15_000 },
      );
    }
    expect((await simStats(request)).actions.restart.names).toEqual(gates);
  });
});
