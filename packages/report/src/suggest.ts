/** Edit distance between two strings (by UTF-16 unit; the variable names are BMP Chinese). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The closest known name within two edits (or containing / contained in `name`), if any. */
export function suggestName(name: string, known: readonly string[]): string | undefined {
  if (name === '') return undefined;
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    const d =
      k.includes(name) || name.includes(k)
        ? Math.abs(k.length - name.length)
        : editDistance(name, k);
    if (d <= 2 && (!best || d < best.d)) best = { name: k, d };
  }
  return best?.name;
}
