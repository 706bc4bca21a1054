/**
 * What a user typed, quoted as it can be shown on one line of a message:
 * control characters (a newline, an escape that recolours the terminal)
 * written as \u escapes, the rest as given.
 */
export function quoted(text: string): string {
  const escaped = text.replace(
    /\p{Cc}/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped}"`;
}
