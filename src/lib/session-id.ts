/** Session IDs are decimal strings (the `{id}` path takes an integer); anything else is not one. */
export function parseSessionId(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,14}$/.test(raw)) return null;
  return Number(raw);
}
