import { describe, expect, it, vi, beforeEach } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ActionConfirmFrame, type TargetImpact } from './action-confirm-frame';

const carryOutAction = vi.fn();

vi.mock('./action-flow', () => ({
  carryOutAction: (...args: unknown[]) => carryOutAction(...args) as unknown,
  bulkId: () => 'bulk-1',
  verificationText: () => '',
}));
vi.mock('./action-privileges', () => ({
  useActionPermission: () => ({ allowed: true, privilege: 'p', user: 'noc', reason: null }),
}));

const ready = (target: string, count: number): TargetImpact => ({
  target,
  status: 'ready',
  error: null,
  rows: [],
  count,
  sentence: `${count} binds`,
  refetch: () => {},
});

function renderFrame(props: Partial<Parameters<typeof ActionConfirmFrame>[0]> = {}) {
  return render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <ActionConfirmFrame
          kind="stop"
          modalId="m1"
          origin="test"
          targets={[ready('acme', 3)]}
          intro="intro"
          facts="facts"
          typedRequired={false}
          phrase="acme"
          confirmLabel="Stop binds"
          {...props}
        />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('ActionConfirmFrame', () => {
  beforeEach(() => {
    carryOutAction.mockReset();
    // Never settles: the request stays in flight while the operator keeps clicking.
    carryOutAction.mockReturnValue(new Promise(() => {}));
  });

  it('sends exactly one request for a double click and repeated Enter', () => {
    renderFrame();
    const confirm = screen.getByRole('button', { name: 'Stop binds' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    fireEvent.submit(confirm.closest('form') as HTMLFormElement);
    fireEvent.submit(confirm.closest('form') as HTMLFormElement);
    expect(carryOutAction).toHaveBeenCalledTimes(1);
    expect(carryOutAction.mock.calls[0]?.[0]).toMatchObject({
      kind: 'stop',
      target: 'acme',
      user: 'noc',
      notify: true,
    });
  });

  it('marks Cancel for initial focus', () => {
    renderFrame();
    expect(screen.getByRole('button', { name: 'Cancel' }).hasAttribute('data-autofocus')).toBe(
      true,
    );
  });

  it('enforces the typed confirmation', () => {
    renderFrame({ typedRequired: true, targets: [ready('acme', 30)] });
    const confirm = screen.getByRole('button', { name: 'Stop binds' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(confirm.closest('form') as HTMLFormElement);
    const input = screen.getByLabelText(/to confirm/);
    fireEvent.change(input, { target: { value: 'ACME' } });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(confirm.closest('form') as HTMLFormElement);
    expect(carryOutAction).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'acme' } });
    expect((confirm as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(confirm);
    expect(carryOutAction).toHaveBeenCalledTimes(1);
  });

  it('cannot confirm while the impact loads or failed', () => {
    const { rerender } = renderFrame({ targets: [{ ...ready('acme', 0), status: 'loading' }] });
    expect((screen.getByRole('button', { name: 'Stop binds' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByRole('status').textContent).toContain('Loading');
    rerender(
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <ActionConfirmFrame
            kind="stop"
            modalId="m1"
            origin="test"
            targets={[{ ...ready('acme', 0), status: 'error', error: new Error('x') }]}
            intro="intro"
            facts="facts"
            typedRequired={false}
            phrase="acme"
            confirmLabel="Stop binds"
          />
        </QueryClientProvider>
      </MantineProvider>,
    );
    expect((screen.getByRole('button', { name: 'Stop binds' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByRole('alert').textContent).toContain('could not be loaded');
    fireEvent.submit(
      screen.getByRole('button', { name: 'Stop binds' }).closest('form') as HTMLFormElement,
    );
    expect(carryOutAction).not.toHaveBeenCalled();
  });
});
