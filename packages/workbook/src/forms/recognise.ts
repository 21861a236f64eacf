import type { SheetGrid } from '../port.js';
import type { FormLayout } from './layout.js';
import { formLayouts } from './layouts.js';
import { Names, findLabels } from './locate.js';

/**
 * The layout a sheet follows: the first of `layouts` whose every recognition group has one of its
 * labels somewhere in the sheet's first rows (exact after normalisation). Null when none fits.
 */
export function recogniseForm(
  grid: SheetGrid,
  layouts: readonly FormLayout[] = formLayouts(),
): FormLayout | null {
  for (const layout of layouts) {
    if (layout.recognise.every((group) => findLabels(grid, new Names(group)).length > 0))
      return layout;
  }
  return null;
}
