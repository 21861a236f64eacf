import { centsText } from '../decimal/ratio.js';
import { ratioText, unitsToText } from '../decimal/units.js';
import type { RollupRow } from '../types.js';

/** Running sums of one 一级 or 二级 group, kept up to date by the incremental evaluator. */
export interface Group {
  name: string;
  parent: string | null;
  /** 分值 in micro-units. */
  points: number;
  /** 得分 in cents. */
  cents: number;
  members: Set<number>;
  first: number;
}

/** Groups keyed by name (一级) or by 一级 + 二级. */
export type Groups = Map<string, Group>;

/** Key of a 二级 group. */
export const level2Key = (level1: string, level2: string): string => `${level1}\u0000${level2}`;

/** Adds an indicator's points and score to a group (creating it). */
export function addToGroup(
  groups: Groups,
  key: string,
  name: string,
  parent: string | null,
  index: number,
  points: number,
  cents: number,
): void {
  let g = groups.get(key);
  if (g === undefined) {
    g = { name, parent, points: 0, cents: 0, members: new Set(), first: index };
    groups.set(key, g);
  }
  g.points += points;
  g.cents += cents;
  g.members.add(index);
  if (index < g.first) g.first = index;
}

/** Removes an indicator's points and score from a group (deleting it when empty). */
export function removeFromGroup(
  groups: Groups,
  key: string,
  index: number,
  points: number,
  cents: number,
): void {
  const g = groups.get(key);
  if (g === undefined) return;
  g.members.delete(index);
  if (g.members.size === 0) {
    groups.delete(key);
    return;
  }
  g.points -= points;
  g.cents -= cents;
  if (index === g.first) g.first = Math.min(...g.members);
}

/** Roll-up rows in sheet order (by each group's first indicator), with 得分率 = score ÷ points. */
export function rollupRows(groups: Groups): RollupRow[] {
  // pushed, not mapped: map() returned arrays of another kind once optimised, which deoptimised
  // the code that reads these rows (evaluate's report variables)
  const rows: RollupRow[] = [];
  for (const g of [...groups.values()].sort((a, b) => a.first - b.first))
    rows.push({
      name: g.name,
      parent: g.parent,
      points: unitsToText(g.points),
      score: centsText(g.cents),
      rate: ratioText(g.cents * 10_000, g.points),
    });
  return rows;
}
