// How wide the wall's texts are, in ems, so that CSS can size them to their tile's width with
// container units (wall.module.css) instead of measuring the DOM. The figures are upper bounds
// taken from DejaVu Sans Bold, the widest of the common sans faces system-ui resolves to (a
// digit 0.696 em, a comma 0.38 em, the labels' letters 0.61–0.63 em on average); narrower faces
// (Segoe UI, San Francisco, Roboto) simply leave some room.

const DIGIT_EM = 0.7;
const SEPARATOR_EM = 0.4;
const OTHER_EM = 1;
const LABEL_LETTER_EM = 0.66;

/** The width of a formatted count ("2,500", "—"). */
export function countWidthEm(text: string): number {
  let em = 0;
  for (const ch of text)
    em += /\d/.test(ch) ? DIGIT_EM : ch === ',' || ch === '.' ? SEPARATOR_EM : OTHER_EM;
  return Math.max(em, DIGIT_EM);
}

/** The width of a tile's label ("Gates reconnecting") on one line. */
export function labelWidthEm(text: string): number {
  return Math.max(text.length, 1) * LABEL_LETTER_EM;
}

/** The widest of the texts: every tile gets the same sizes, so the wall reads as one. */
export function widestEm(texts: readonly string[], width: (text: string) => number): number {
  return texts.reduce((max, t) => Math.max(max, width(t)), 0);
}
