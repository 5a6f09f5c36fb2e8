/**
 * Names and CSS for the CSS Custom Highlight registries: one registry per code
 * (a semi-transparent background in the code's colour), one for suggestions
 * (dashed underline) and one for the flash of a focused range.
 */
export const SUGGESTION_HIGHLIGHT = 'fz-suggestion';
export const FLASH_HIGHLIGHT = 'fz-flash';
/** Codings drawn before their command has committed (over their code's colour). */
export const PENDING_HIGHLIGHT = 'fz-pending';

/** Highlight names must be CSS identifiers; code ids (UUIDs) may start with a digit, so use the code's index. */
export function codeHighlightName(index: number): string {
  return `fz-code-${index}`;
}

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

/** A colour safe to put in a style sheet (a code's colour is user data). */
export function safeColor(color: string): string {
  return SAFE_COLOR.test(color.trim()) ? color.trim() : '#888888';
}

/** The style sheet for the given code colours, in code order. */
export function highlightCss(colors: readonly string[]): string {
  const rules = colors.map(
    (c, i) =>
      `::highlight(${codeHighlightName(i)}) { background-color: color-mix(in srgb, ${safeColor(c)} 32%, transparent); }`,
  );
  rules.push(
    `::highlight(${SUGGESTION_HIGHLIGHT}) { text-decoration: underline dashed #6b7280; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    `::highlight(${PENDING_HIGHLIGHT}) { text-decoration: underline dotted #9ca3af; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgb(250 204 21 / 0.55); }`,
  );
  return rules.join('\n');
}
