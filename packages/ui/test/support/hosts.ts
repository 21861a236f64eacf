/**
 * What the hosts' tests on their fake hosts share (`@jixiao/ui/test-support/hosts`): finding a cell
 * by its row's key and its column's header, and waiting until edits have been recalculated.
 */

/**
 * The 0-based cell of column `header` (found in the first row) on the first row that includes
 * `key`, in a sheet's values from A1; throws when either is missing.
 */
export function cellIn(
  rows: readonly (readonly unknown[])[],
  key: string,
  header: string,
): { row: number; col: number } {
  const col = rows[0]?.indexOf(header) ?? -1;
  const row = rows.findIndex((r) => r.includes(key));
  if (col < 0 || row < 0) throw new Error(`no ${header} for ${key}`);
  return { row, col };
}

/**
 * Lets the fake host's change events arrive and the pane's scheduler finish (three rounds: a
 * recalculation's own writes raise events too).
 */
export async function settle(
  host: { settled(): Promise<void> },
  pane: { scheduler: { whenIdle(): Promise<void> } },
  debounceMs: number,
): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await host.settled();
    await new Promise((r) => setTimeout(r, debounceMs + 10));
    await pane.scheduler.whenIdle();
  }
}
