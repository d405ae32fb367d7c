import type { RequestContext } from '../contract/context.ts';

/** What one request may ask for; exceeding any bound refuses the whole request. */
export interface QueryBudget {
  /**
   * Summed field cost: each field costs 1, and what is selected under a list costs once per row
   * the list can answer (`pageCost`, `listCost`, below); ADR 0010.
   */
  complexity: number;
  depth: number;
  /** Fields selected in one request. */
  breadth: number;
  /** Aliased fields in one document: aliases multiply work without adding depth. */
  aliases: number;
  /** Request body size. */
  bodyBytes: number;
  /** Lexical tokens of the query text; parsing stops past it (parse time grows with them). */
  tokens: number;
}

export type BudgetKind = 'anonymous' | 'session' | 'api-key';

/**
 * Browser sessions drive the admin UI's larger pages; partner keys run known integrations and get
 * less; an anonymous request can only sign in.
 */
export const QUERY_BUDGETS: Record<BudgetKind, QueryBudget> = {
  anonymous: {
    complexity: 200,
    depth: 6,
    breadth: 30,
    aliases: 2,
    bodyBytes: 16 * 1024,
    tokens: 300,
  },
  session: {
    // The dashboard, as the admin UI sends it (`__typename` on every object), costs about 52,000.
    complexity: 100_000,
    depth: 12,
    breadth: 250,
    aliases: 30,
    bodyBytes: 1024 * 1024,
    tokens: 3_000,
  },
  'api-key': {
    complexity: 5_000,
    depth: 8,
    breadth: 100,
    aliases: 10,
    bodyBytes: 256 * 1024,
    tokens: 1_500,
  },
};

export function budgetKind(ctx: Pick<RequestContext, 'credential'>): BudgetKind {
  return ctx.credential?.kind ?? 'anonymous';
}

// What a request costs. A field costs 1; what is selected under a list is counted once for each
// row the list can answer, so a nested list costs what it really fans out to:
// `cadres(first: 200) { edges { node { posts { title } } } }` is 200 cadres × 20 posts.

/** The largest page of a connection; a connection asked without `first`/`last` counts as one. */
export const MAX_PAGE_SIZE = 200;

/** A list without a page size counts this many rows unless its field names a bound. */
export const DEFAULT_LIST_BOUND = 10;

/**
 * Realistic upper bounds of core's lists without pagination, per parent row (a cadre's posts
 * over a whole career, a unit's sub-units …). A plugin names the bounds of its own lists.
 */
export const LIST_BOUNDS = {
  /** 简历: a long career has 10–15 posts. */
  cadrePosts: 20,
  /** One per archive fact. */
  cadreVerifications: 6,
  cadreReservePoolEntries: 5,
  /** Sub-units of one unit (内设机构, 下属单位); a district's top level is `units`. */
  unitChildren: 15,
  /** Top-level units of a district (its departments, streets and towns), or one unit's children. */
  units: 60,
  /** A district's reserve pools (后备干部库, 优秀年轻干部库, by level). */
  reservePools: 5,
  unitTeams: 5,
  /** 班子成员: a town's Party committee has 9–11, a district's largest team about 15. */
  teamMembers: 15,
  /** The teams one cadre sits in (党委班子 and 政府班子 of a town, say). */
  cadreTeamSeats: 3,
  /** A unit's digestion plans: one open per quota line at most, and those completed. */
  unitOverQuotaPlans: 10,
  /** A district's open digestion plans: about one unit in ten is over quota. */
  overQuotaPlans: 60,
  /** Steps of one plan (a retirement or transfer each). */
  overQuotaProgress: 10,
  /** Five levels, leadership posts and grades. */
  unitQuotaLines: 10,
  userRoles: 5,
  /** Steps of one case (全程纪实) and the steps it can take next. */
  caseSteps: 30,
  caseNextSteps: 10,
  caseIntegrityChecks: 5,
  /** A14 rewards over a career, revoked ones included. */
  cadreRewards: 20,
  /** A14 sanctions, organizational handling and supervisory measures, revoked ones included. */
  cadreSanctions: 10,
  /** One restriction of each kind at most (the longest governs). */
  cadreRestrictions: 5,
  /** A15: one grade a year over a whole career. */
  cadreAnnualGrades: 40,
  /** A36: family members and important social relations. */
  cadreFamilyMembers: 15,
  /** Former versions of one archive record. */
  archiveRecordRevisions: 10,
  /** Files of one owner: a decision with its annexes, a case step's documents. */
  attachments: 30,
} as const;

/**
 * `WorkflowCase.availableTransitions` reads the guards' facts in a transaction of its own per
 * case (about a dozen statements, not batched across cases): priced so that a session asks it of
 * at most 25 cases per request, a partner key of two.
 */
export const NEXT_STEPS_COST = 2_000;

/** The cost of a list of at most `rows` rows per parent. */
export const listCost = (rows: number) => ({ field: 1, multiplier: rows });

/**
 * The cost of a connection's page: `first` or `last` rows, at most `MAX_PAGE_SIZE`, which is
 * also what a connection asked without either counts. Its `edges` then count once (`EDGES_COST`).
 */
export function pageCost(args: { first?: number | null; last?: number | null }) {
  const asked = args.first ?? args.last ?? MAX_PAGE_SIZE;
  return listCost(Math.min(Math.max(asked, 0), MAX_PAGE_SIZE));
}

/** `edges` of a connection: the page's size is counted on the connection field. */
export const EDGES_COST = { field: 1, multiplier: 1 };
