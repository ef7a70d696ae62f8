// @mantine/modals opens a dialog by a window event that its provider listens to. The provider
// loads after the first render (src/app/providers.tsx), so a click right after the page becomes
// interactive could open a dialog before anything listens, and the dialog never showed.

let markReady: () => void = () => undefined;

/** Resolves once the modals provider is mounted and listening. */
export const modalsHostReady = new Promise<void>((resolve) => {
  markReady = resolve;
});

/** Called by the app once the provider's effects (its listeners) have run. */
export function modalsHostMounted(): void {
  markReady();
}
