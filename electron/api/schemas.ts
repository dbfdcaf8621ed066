import { z } from 'zod';
import type { ApiArg, ApiMethod } from './contract.ts';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const empty = z.object({}).strict();
const locale = z.enum(['zh-CN', 'en']);

/** The boundary check for each method's one argument: the renderer is untrusted. */
export const argSchemas = {
  getAppInfo: empty,
  getSettings: empty,
  updateSettings: z.object({ locale: locale.optional() }).strict(),
  listBriefings: empty,
  listDocuments: z.object({ briefingId: id.optional() }).strict(),
  getDocument: z.object({ id }).strict(),
} satisfies { [M in ApiMethod]: z.ZodType<ApiArg<M>> };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemaMatches = { [M in ApiMethod]: Same<z.output<(typeof argSchemas)[M]>, ApiArg<M>> };
// Fails to compile when a schema accepts a different shape than the contract declares.
export const schemasMatchContract: { [M in ApiMethod]: true } = {} as SchemaMatches;
