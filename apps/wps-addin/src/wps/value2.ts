/**
 * Shape normalisation of what `Range.Value2` / `Range.Formula` return. WPS (like Excel through
 * COM) gives a scalar for a one-cell range and an array for larger ones; ported add-ins report
 * that a one-row range comes back as a flat 1-D array in WPS's JS bridge (issue 15), and a 1-D
 * array cannot say by itself whether it is a row or a column. The caller knows the range's size,
 * so every shape is normalised against it to rows × cols, and anything that does not fit is an
 * error, never silently padded.
 */

/** `raw` as exactly `rows` × `cols` (2-D), whatever shape WPS returned it in. */
export function toMatrix(raw: unknown, rows: number, cols: number): unknown[][] {
  if (rows <= 0 || cols <= 0) return [];
  if (!Array.isArray(raw)) {
    if (rows === 1 && cols === 1) return [[raw]];
    throw new ShapeError(rows, cols, 'scalar');
  }
  if (raw.length > 0 && raw.every((r) => Array.isArray(r))) {
    const m = raw as unknown[][];
    if (m.length === rows && m.every((r) => r.length === cols)) return m.map((r) => [...r]);
    // A one-column range may come as [[a], [b]] (fits above) or, transposed, as [[a, b]].
    if (cols === 1 && m.length === 1 && m[0]!.length === rows) return m[0]!.map((v) => [v]);
    throw new ShapeError(rows, cols, `${m.length}×${m[0]?.length ?? 0}`);
  }
  // 1-D: one row (1×n) or one column (n×1).
  const flat = raw as unknown[];
  if (rows === 1 && flat.length === cols) return [[...flat]];
  if (cols === 1 && flat.length === rows) return flat.map((v) => [v]);
  throw new ShapeError(rows, cols, `1-D of ${raw.length}`);
}

/** Thrown when WPS returns an array that does not match the range it was read from. */
export class ShapeError extends Error {
  constructor(rows: number, cols: number, got: string) {
    super(`WPS returned ${got} for a ${rows}×${cols} range`);
    this.name = 'ShapeError';
  }
}
