import * as z from 'zod';
import { METHOD_LIST, type MethodConfig } from './table.js';

/**
 * The scoring methods as a zod discriminated union on `kind` (the method's Chinese name), built from
 * each method module's schema. A method's configuration is what its 评分参数 resolves to.
 */
export const methodConfigSchema: z.ZodType<MethodConfig> = z.discriminatedUnion(
  'kind',
  METHOD_LIST.map((m) => m.schema) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<MethodConfig>;

export type { MethodConfig } from './table.js';
export { bandSchema, type Band } from './bands.js';
