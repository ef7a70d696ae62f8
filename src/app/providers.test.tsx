import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { modals } from '@mantine/modals';
import { modalsHostReady } from '../lib/modals-host';
import { Providers } from './providers';

describe('Providers', () => {
  it('says the modals host is ready only once a dialog opened then shows', async () => {
    render(
      <Providers queryClient={new QueryClient()}>
        <p>app</p>
      </Providers>,
    );
    await modalsHostReady;
    // At once, as an action button's click does (open-action-dialog.ts): no render in between.
    modals.open({ title: 'Stop all binds of acme?', children: <p>facts</p> });
    expect(await screen.findByRole('dialog', { name: 'Stop all binds of acme?' })).toBeTruthy();
  });
});
