/**
 * Counts a needle across a stream of text chunks, including where it straddles two chunks. Used to
 * tell how many rows of a JSON list have arrived before the whole body can be parsed.
 */
export function createSubstringCounter(needle: string) {
  if (needle === '') throw new Error('The needle must not be empty');
  let tail = '';
  let count = 0;
  return {
    push(chunk: string): number {
      const text = tail + chunk;
      let at = text.indexOf(needle);
      while (at !== -1) {
        count++;
        at = text.indexOf(needle, at + needle.length);
      }
      // Keep what could be the start of a needle cut by the chunk boundary, never a whole one.
      tail = text.slice(Math.max(0, text.length - (needle.length - 1)));
      return count;
    },
    get count() {
      return count;
    },
  };
}
