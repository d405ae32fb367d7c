import type { SanctionKind } from '@cadre/db/client';
import type { Label } from '../contract/plugin.ts';
import {
  SANCTION_FAMILY_LABELS,
  SANCTION_KIND_SHORT_LABELS,
  sanctionFamily,
  type SanctionFamily,
} from './archive-labels.ts';
import { addDays, addMonthsCivil, formatDate } from './dates.ts';

// The influence-period engine (影响期): what a sanction, an organizational handling or an
// admonishment bars, from when and until when (DOMAIN §2, §6, §11). Pure: the registry stores
// `restrictionSpan` per sanction, the integrity check and the profile ask `restrictionsInForce`.

// Part of the engine's API; it lives with the labels of the families.
export { sanctionFamily, type SanctionFamily };

export type RestrictionKind =
  | 'NO_PROMOTION' // 不得提拔（晋升职务、职级）
  | 'NO_IMPORTANT_POST' // 不得重用（担任重要职务）
  | 'NO_LEADING_POST' // 不得担任领导职务
  | 'NO_HIGHER_POST' // 不得担任高于（或相当于）原任职务层次的职务
  | 'NO_EXCELLENT_GRADE'; // 不得评优（当年年度考核不得评为优秀）

export const RESTRICTION_ORDER: readonly RestrictionKind[] = [
  'NO_PROMOTION',
  'NO_IMPORTANT_POST',
  'NO_LEADING_POST',
  'NO_HIGHER_POST',
  'NO_EXCELLENT_GRADE',
];

export const RESTRICTION_LABELS: Record<RestrictionKind, Label> = {
  NO_PROMOTION: { zh: '不得提拔', en: 'no promotion' },
  NO_IMPORTANT_POST: { zh: '不得重用', en: 'no important post' },
  NO_LEADING_POST: { zh: '不得担任领导职务', en: 'no leading post' },
  NO_HIGHER_POST: {
    zh: '不得担任高于原任职务层次的职务',
    en: 'no post above the former one',
  },
  NO_EXCELLENT_GRADE: { zh: '不得评优', en: 'no excellent grade' },
};

export interface InfluenceFact {
  id: string;
  kind: SanctionKind;
  effectiveDate: Date;
  /** 留党察看 only: 12 or 24. */
  probationMonths: number | null;
  /** 解除: the first day free of every restriction of the fact. */
  liftedOn: Date | null;
  revoked: boolean;
}

export interface Restriction {
  restriction: RestrictionKind;
  /** The first day in force. */
  from: Date;
  /** The last day in force (inclusive); null when nothing but a lift ends it. */
  until: Date | null;
  factId: string;
  factKind: SanctionKind;
  /** What, until when and why, quoting the rule. */
  explanation: Label;
  /** The regulation it comes from. */
  source: Label;
}

/** What a regulation says and which regulation says it. */
interface Basis {
  rule: Label;
  source: Label;
}

/**
 * How long a bar lasts from the effective date: whole months; months after a probation of the
 * fact's own length; to 31 December of that year; or until lifted.
 */
type Span = number | { afterProbation: number } | 'YEAR_END' | 'OPEN';

interface Bar {
  restriction: RestrictionKind;
  span: Span;
  basis: Basis;
}

const ADMIN_LAW = (articles: string, en: string): Label => ({
  zh: `《中华人民共和国公职人员政务处分法》${articles}`,
  en: `Law on Administrative Discipline for Public Officials, ${en}`,
});
const PARTY_RULES: Label = {
  zh: '《中国共产党纪律处分条例》',
  en: 'Regulations on Disciplinary Actions of the Communist Party of China',
};
const HANDLING_RULES: Label = {
  zh: '《领导干部组织处理规定（试行）》',
  en: 'Provisions on Organizational Handling of Leading Cadres (trial)',
};

const BASES = {
  adminPeriod: {
    rule: {
      zh: '政务处分期内不得晋升职务、职级、衔级和级别，期满自动解除',
      en: 'no promotion in post, rank or grade during the sanction period, which ends on its own',
    },
    source: ADMIN_LAW('第八条、第二十二条', 'art. 8 (periods) and 22 (effects)'),
  },
  adminExpelled: {
    rule: {
      zh: '被开除的，不得录用为公务员以及参照公务员法管理的人员',
      en: 'an expelled official may not be employed as a civil servant again',
    },
    source: ADMIN_LAW('第二十六条', 'art. 26'),
  },
  notExcellentThatYear: {
    rule: {
      zh: '当年年度考核不得确定为优秀等次',
      en: 'not to be rated excellent in that year’s annual assessment',
    },
    source: { zh: '《公务员考核规定》', en: 'Provisions on the Assessment of Civil Servants' },
  },
  partyWarning: {
    rule: {
      zh: '影响期内不得在党内提升职务和向党外组织推荐担任高于其原任职务的党外职务',
      en: 'no promotion within the party, nor a recommendation for a higher post outside it',
    },
    source: PARTY_RULES,
  },
  partyPostRemoval: {
    rule: {
      zh: '二年内不得在党内担任和向党外组织推荐担任与其原任职务相当或者高于其原任职务的职务',
      en: 'for two years no post equal to or above the former one, within the party or outside it',
    },
    source: PARTY_RULES,
  },
  partyProbation: {
    rule: {
      zh: '留党察看期间及恢复党员权利后二年内，不得在党内担任和向党外组织推荐担任与其原任职务相当或者高于其原任职务的职务',
      en: 'during probation and two years after party rights are restored, no post equal to or above the former one',
    },
    source: PARTY_RULES,
  },
  partyExpelled: {
    rule: {
      zh: '开除党籍五年内不得重新入党，也不得推荐担任与其原任职务相当或者高于其原任职务的党外职务',
      en: 'for five years no readmission to the party, nor a recommendation for a post equal to or above the former one',
    },
    source: PARTY_RULES,
  },
  transfer: {
    rule: { zh: '受到调离岗位处理的，一年内不得提拔', en: 'no promotion for one year' },
    source: HANDLING_RULES,
  },
  removalNoLeading: {
    rule: {
      zh: '受到免职或者责令辞职处理的，一年内不得安排领导职务',
      en: 'no leading post for one year',
    },
    source: HANDLING_RULES,
  },
  removalNoHigher: {
    rule: {
      zh: '受到免职或者责令辞职处理的，二年内不得担任高于原任职务层次的职务',
      en: 'no post above the former level for two years',
    },
    source: HANDLING_RULES,
  },
  demotion: {
    rule: { zh: '受到降职处理的，二年内不得提拔', en: 'no promotion for two years' },
    source: HANDLING_RULES,
  },
  suspension: {
    rule: {
      zh: '停职检查期间不得提拔，至按程序解除为止',
      en: 'no promotion while suspended, until lifted by procedure',
    },
    source: HANDLING_RULES,
  },
  admonishment: {
    rule: {
      zh: '受到诫勉的，六个月内不得提拔或者重用',
      en: 'no promotion or important post for six months',
    },
    source: {
      zh: '《党政领导干部选拔任用工作条例》第二十五条；诫勉有关规定',
      en: 'Regulations on the Selection and Appointment of Party and Government Leading Cadres, art. 25; the rules on admonishment',
    },
  },
} satisfies Record<string, Basis>;

/** 留党察看 lasts one year or two (纪律处分条例). */
export const PROBATION_MONTHS: readonly number[] = [12, 24];

/** Every measure and what it bars: a correction of the rules is a change of this table. */
const RULES: Record<SanctionKind, readonly Bar[]> = {
  ADMIN_WARNING: [
    { restriction: 'NO_PROMOTION', span: 6, basis: BASES.adminPeriod },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  ADMIN_DEMERIT: [
    { restriction: 'NO_PROMOTION', span: 12, basis: BASES.adminPeriod },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  ADMIN_MAJOR_DEMERIT: [
    { restriction: 'NO_PROMOTION', span: 18, basis: BASES.adminPeriod },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  ADMIN_DEMOTION: [
    { restriction: 'NO_PROMOTION', span: 24, basis: BASES.adminPeriod },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  ADMIN_DISMISSAL: [
    { restriction: 'NO_PROMOTION', span: 24, basis: BASES.adminPeriod },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  ADMIN_EXPULSION: [
    { restriction: 'NO_PROMOTION', span: 'OPEN', basis: BASES.adminExpelled },
    { restriction: 'NO_LEADING_POST', span: 'OPEN', basis: BASES.adminExpelled },
  ],
  PARTY_WARNING: [
    { restriction: 'NO_PROMOTION', span: 12, basis: BASES.partyWarning },
    { restriction: 'NO_HIGHER_POST', span: 12, basis: BASES.partyWarning },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  PARTY_SERIOUS_WARNING: [
    { restriction: 'NO_PROMOTION', span: 18, basis: BASES.partyWarning },
    { restriction: 'NO_HIGHER_POST', span: 18, basis: BASES.partyWarning },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  PARTY_POST_REMOVAL: [
    { restriction: 'NO_PROMOTION', span: 24, basis: BASES.partyPostRemoval },
    { restriction: 'NO_HIGHER_POST', span: 24, basis: BASES.partyPostRemoval },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  PARTY_PROBATION: [
    { restriction: 'NO_PROMOTION', span: { afterProbation: 24 }, basis: BASES.partyProbation },
    { restriction: 'NO_HIGHER_POST', span: { afterProbation: 24 }, basis: BASES.partyProbation },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  PARTY_EXPULSION: [
    { restriction: 'NO_PROMOTION', span: 60, basis: BASES.partyExpelled },
    { restriction: 'NO_LEADING_POST', span: 60, basis: BASES.partyExpelled },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
  HANDLING_SUSPENSION: [{ restriction: 'NO_PROMOTION', span: 'OPEN', basis: BASES.suspension }],
  HANDLING_TRANSFER: [{ restriction: 'NO_PROMOTION', span: 12, basis: BASES.transfer }],
  HANDLING_ORDERED_RESIGNATION: [
    { restriction: 'NO_LEADING_POST', span: 12, basis: BASES.removalNoLeading },
    { restriction: 'NO_HIGHER_POST', span: 24, basis: BASES.removalNoHigher },
  ],
  HANDLING_REMOVAL: [
    { restriction: 'NO_LEADING_POST', span: 12, basis: BASES.removalNoLeading },
    { restriction: 'NO_HIGHER_POST', span: 24, basis: BASES.removalNoHigher },
  ],
  HANDLING_DEMOTION: [{ restriction: 'NO_PROMOTION', span: 24, basis: BASES.demotion }],
  SUPERVISION_REMINDER: [],
  SUPERVISION_LETTER_INQUIRY: [],
  SUPERVISION_ADMONISHMENT: [
    { restriction: 'NO_PROMOTION', span: 6, basis: BASES.admonishment },
    { restriction: 'NO_IMPORTANT_POST', span: 6, basis: BASES.admonishment },
    { restriction: 'NO_EXCELLENT_GRADE', span: 'YEAR_END', basis: BASES.notExcellentThatYear },
  ],
};

/** Months a bar lasts, if it is counted in months. */
function monthsOf(span: Span, fact: InfluenceFact): number | null {
  if (typeof span === 'number') return span;
  if (typeof span === 'object') {
    // A probation recorded without its length (checkSanctionDates refuses one) counts as the longest.
    return (fact.probationMonths ?? Math.max(...PROBATION_MONTHS)) + span.afterProbation;
  }
  return null;
}

/** The last day a bar would be in force without a lift; null for one only a lift ends. */
function naturalEnd(span: Span, fact: InfluenceFact): Date | null {
  const months = monthsOf(span, fact);
  if (months !== null) return addMonthsCivil(fact.effectiveDate, months);
  if (span === 'YEAR_END') return new Date(Date.UTC(fact.effectiveDate.getUTCFullYear(), 11, 31));
  return null;
}

const zhDate = (date: Date) =>
  `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;

/** How a notice says the cadre underwent it: 受记大过处分, 受免职处理, 受诫勉. */
const UNDERGONE_ZH: Record<SanctionFamily, string> = {
  ADMIN: '处分',
  PARTY: '处分',
  HANDLING: '处理',
  SUPERVISION: '',
};

/** `liftedOn` only when the lift cut this bar short. */
function explain(fact: InfluenceFact, bar: Bar, end: Date | null, liftedOn: Date | null): Label {
  const family = sanctionFamily(fact.kind);
  const name = SANCTION_KIND_SHORT_LABELS[fact.kind];
  const zh = [`${zhDate(fact.effectiveDate)}受${name.zh}${UNDERGONE_ZH[family]}`];
  const en = [
    `${name.en.charAt(0).toUpperCase()}${name.en.slice(1)} (${SANCTION_FAMILY_LABELS[family].zh})`,
    ` effective ${formatDate(fact.effectiveDate)}`,
  ];
  const months = monthsOf(bar.span, fact);
  if (end === null) {
    zh.push('，不设期满日');
    en.push(': no end date');
  } else if (months === null) {
    zh.push(`，影响${end.getUTCFullYear()}年度考核，至${zhDate(end)}`);
    en.push(`: affects the ${end.getUTCFullYear()} annual assessment, until ${formatDate(end)}`);
  } else {
    zh.push(`，影响期${months}个月，至${zhDate(end)}期满`);
    en.push(`: ${months}-month influence period until ${formatDate(end)}`);
  }
  if (liftedOn) {
    zh.push(`，已于${zhDate(liftedOn)}按程序解除`);
    en.push(`; lifted by procedure on ${formatDate(liftedOn)}`);
  }
  return {
    zh: `${zh.join('')}（${bar.basis.rule.zh}）`,
    en: `${en.join('')}; ${bar.basis.rule.en}`,
  };
}

/** Everything one fact imposes, a lift taken into account; nothing for a revoked fact. */
export function restrictionsOf(fact: InfluenceFact): Restriction[] {
  if (fact.revoked) return [];
  const lastBeforeLift = fact.liftedOn && addDays(fact.liftedOn, -1);
  return RULES[fact.kind].flatMap((bar) => {
    const end = naturalEnd(bar.span, fact);
    const liftedEarly = lastBeforeLift !== null && (end === null || lastBeforeLift < end);
    const until = liftedEarly ? lastBeforeLift : end;
    if (until && until < fact.effectiveDate) return [];
    return {
      restriction: bar.restriction,
      from: fact.effectiveDate,
      until,
      factId: fact.id,
      factKind: fact.kind,
      explanation: explain(fact, bar, end, liftedEarly ? fact.liftedOn : null),
      source: bar.basis.source,
    };
  });
}

const lastDay = (r: Restriction) => r.until?.getTime() ?? Infinity;

/** Whether `a` governs rather than `b`: it lasts longer, or as long and took effect first. */
export function governs(a: Restriction, b: Restriction): boolean {
  if (lastDay(a) !== lastDay(b)) return lastDay(a) > lastDay(b);
  if (a.from.getTime() !== b.from.getTime()) return a.from < b.from;
  return a.factId < b.factId;
}

/** What binds on `on`: one restriction per kind, the longest lasting governing, in RESTRICTION_ORDER. */
export function restrictionsInForce(facts: readonly InfluenceFact[], on: Date): Restriction[] {
  const governing = new Map<RestrictionKind, Restriction>();
  for (const r of facts.flatMap((fact) => restrictionsOf(fact))) {
    if (r.from > on || lastDay(r) < on.getTime()) continue;
    const held = governing.get(r.restriction);
    if (!held || governs(r, held)) governing.set(r.restriction, r);
  }
  return RESTRICTION_ORDER.flatMap((kind) => governing.get(kind) ?? []);
}

/** The last day any restriction of the fact is in force; null when it restricts nothing. */
export function restrictionSpan(
  fact: InfluenceFact,
): { until: Date | null; openEnded: boolean } | null {
  const all = restrictionsOf(fact);
  if (all.length === 0) return null;
  const longest = all.reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a));
  return { until: longest.until, openEnded: longest.until === null };
}

export type SanctionDateCode =
  | 'EFFECTIVE_BEFORE_DECISION'
  | 'PROBATION_MONTHS_REQUIRED'
  | 'PROBATION_MONTHS_INVALID'
  | 'PROBATION_MONTHS_NOT_APPLICABLE'
  | 'LIFT_NOT_AFTER_EFFECTIVE'
  | 'LIFT_AFTER_PERIOD'
  | 'LIFT_WITHOUT_PERIOD';

export interface SanctionDateIssue {
  field: 'effectiveDate' | 'probationMonths' | 'liftedOn';
  code: SanctionDateCode;
  text: Label;
}

/** The dates of a sanction that cannot be so, each naming the field it concerns. */
export function checkSanctionDates(input: {
  kind: SanctionKind;
  decisionDate: Date;
  effectiveDate: Date;
  probationMonths: number | null;
  liftedOn: Date | null;
}): SanctionDateIssue[] {
  const issues: SanctionDateIssue[] = [];
  const add = (field: SanctionDateIssue['field'], code: SanctionDateCode, zh: string, en: string) =>
    issues.push({ field, code, text: { zh, en } });

  if (input.effectiveDate < input.decisionDate) {
    add(
      'effectiveDate',
      'EFFECTIVE_BEFORE_DECISION',
      '生效日期不能早于决定日期',
      'The effective date cannot be before the decision date',
    );
  }
  if (input.kind !== 'PARTY_PROBATION') {
    if (input.probationMonths !== null) {
      add(
        'probationMonths',
        'PROBATION_MONTHS_NOT_APPLICABLE',
        '只有留党察看有察看期',
        'Only probation within the party has a probation period',
      );
    }
  } else if (input.probationMonths === null) {
    add(
      'probationMonths',
      'PROBATION_MONTHS_REQUIRED',
      '留党察看须填写察看期（12或24个月）',
      'Probation within the party needs its length (12 or 24 months)',
    );
  } else if (!PROBATION_MONTHS.includes(input.probationMonths)) {
    add(
      'probationMonths',
      'PROBATION_MONTHS_INVALID',
      '留党察看期为12或24个月',
      'Probation within the party lasts 12 or 24 months',
    );
  }
  if (input.liftedOn) {
    const span = restrictionSpan({ ...input, id: '', liftedOn: null, revoked: false });
    if (!span) {
      add(
        'liftedOn',
        'LIFT_WITHOUT_PERIOD',
        '该措施没有影响期，无需解除',
        'This measure has no influence period to lift',
      );
    } else if (input.liftedOn <= input.effectiveDate) {
      add(
        'liftedOn',
        'LIFT_NOT_AFTER_EFFECTIVE',
        '解除日期须晚于生效日期（自始无效的应撤销）',
        'A lift must come after the effective date (revoke a measure void from the start)',
      );
    } else if (span.until && input.liftedOn > span.until) {
      add(
        'liftedOn',
        'LIFT_AFTER_PERIOD',
        `影响期至${zhDate(span.until)}届满，其后无需解除`,
        `The influence period ends on ${formatDate(span.until)}; a lift after it changes nothing`,
      );
    }
  }
  return issues;
}
