import { z } from 'zod';

const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/);

/** One band of 分档: an actual value at or above `min` earns `points`. */
export const bandSchema = z.object({ min: decimalText, points: decimalText });

/**
 * The scoring methods of domain.md as a zod discriminated union on `kind` (the method's Chinese
 * name). A method's configuration is what its 评分参数 resolves to; `runMethod` runs any of them.
 */
export const methodConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('正向') }),
  z.object({ kind: z.literal('反向'), variant: z.enum(['linear', 'ratio']) }),
  z.object({ kind: z.literal('等于') }),
  z.object({ kind: z.literal('门槛比例'), threshold: decimalText }),
  z.object({ kind: z.literal('分档'), bands: z.array(bandSchema).min(1) }),
  z.object({ kind: z.literal('定性') }),
  z.object({ kind: z.literal('是否') }),
  z.object({ kind: z.literal('扣分'), perOccurrence: decimalText }),
  z.object({ kind: z.literal('评价要点') }),
  z.object({ kind: z.literal('人工') }),
]);

/** A resolved scoring method. */
export type MethodConfig = z.infer<typeof methodConfigSchema>;

/** A 分档 band. */
export type Band = z.infer<typeof bandSchema>;
