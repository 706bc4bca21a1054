/** A comma-separated setting as its items, trimmed, empty ones dropped: `a, b,` is ['a', 'b']. */
export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
