import type { RequestContext } from '../contract/context.ts';

/** What one request may ask for; exceeding any bound refuses the whole request. */
export interface QueryBudget {
  /** Summed field cost (lists count ×10 unless a field says otherwise). */
  complexity: number;
  depth: number;
  /** Fields selected in one request. */
  breadth: number;
  /** Aliased fields in one document: aliases multiply work without adding depth. */
  aliases: number;
  /** Request body size. */
  bodyBytes: number;
}

export type BudgetKind = 'anonymous' | 'session' | 'api-key';

/**
 * Browser sessions drive the admin UI's larger pages; partner keys run known integrations and get
 * less; an anonymous request can only sign in.
 */
export const QUERY_BUDGETS: Record<BudgetKind, QueryBudget> = {
  anonymous: { complexity: 200, depth: 6, breadth: 30, aliases: 2, bodyBytes: 16 * 1024 },
  session: { complexity: 20_000, depth: 12, breadth: 250, aliases: 30, bodyBytes: 1024 * 1024 },
  'api-key': { complexity: 5_000, depth: 8, breadth: 100, aliases: 10, bodyBytes: 256 * 1024 },
};

export function budgetKind(ctx: Pick<RequestContext, 'credential'>): BudgetKind {
  return ctx.credential?.kind ?? 'anonymous';
}
