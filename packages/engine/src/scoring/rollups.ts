import { fixedText, truncateDecimal, ZERO, type Decimal } from '../decimal/decimal.js';
import type { RollupRow } from '../types.js';

/** Running sums of one 一级 or 二级 group, kept up to date by the incremental evaluator. */
export interface Group {
  name: string;
  parent: string | null;
  points: Decimal;
  score: Decimal;
  members: Set<number>;
  first: number;
}

/** Groups keyed by name (一级) or by 一级 + 二级. */
export type Groups = Map<string, Group>;

/** Key of a 二级 group. */
export const level2Key = (level1: string, level2: string): string => `${level1}\u0000${level2}`;

/** Adds an indicator's points and score to a group (creating it). */
export function addToGroup(groups: Groups, key: string, name: string, parent: string | null, index: number, points: Decimal, score: Decimal): void {
  let g = groups.get(key);
  if (g === undefined) {
    g = { name, parent, points: ZERO, score: ZERO, members: new Set(), first: index };
    groups.set(key, g);
  }
  g.points = g.points.plus(points);
  g.score = g.score.plus(score);
  g.members.add(index);
  if (index < g.first) g.first = index;
}

/** Removes an indicator's points and score from a group (deleting it when empty). */
export function removeFromGroup(groups: Groups, key: string, index: number, points: Decimal, score: Decimal): void {
  const g = groups.get(key);
  if (g === undefined) return;
  g.members.delete(index);
  if (g.members.size === 0) {
    groups.delete(key);
    return;
  }
  g.points = g.points.minus(points);
  g.score = g.score.minus(score);
  if (index === g.first) g.first = Math.min(...g.members);
}

/** Roll-up rows in sheet order (by each group's first indicator), with 得分率 = score ÷ points. */
export function rollupRows(groups: Groups): RollupRow[] {
  return [...groups.values()]
    .sort((a, b) => a.first - b.first)
    .map((g) => ({
      name: g.name,
      parent: g.parent,
      points: g.points.toString(),
      score: fixedText(g.score, 2),
      rate: g.points.isZero() ? null : truncateDecimal(g.score.dividedBy(g.points), 15).toString(),
    }));
}
