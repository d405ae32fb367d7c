import type { QuotaFigures } from '../domain/quota.ts';
import type { QuotaLine } from '../services/quotas.ts';
import type { Builder } from './builder.ts';

export const POST_LEVELS = [
  'COUNTY_PRINCIPAL',
  'COUNTY_DEPUTY',
  'SECTION_PRINCIPAL',
  'SECTION_DEPUTY',
  'STAFF',
] as const;

/** 职数 figures: per unit and level, and summed for a district. */
export function registerQuotaTypes(builder: Builder) {
  const PostLevel = builder.enumType('PostLevel', {
    description: 'Quota level: 县处级/乡科级 正职、副职, and 科员',
    values: POST_LEVELS,
  });

  const Figures = builder.interfaceRef<QuotaFigures>('QuotaFigures').implement({
    fields: (t) => ({
      approved: t.exposeInt('approved', { description: '核定职数' }),
      filled: t.exposeInt('filled', { description: '实际配备' }),
      vacant: t.exposeInt('vacant', { description: '缺配' }),
      overQuota: t.exposeInt('overQuota', { description: '超配' }),
    }),
  });

  const QuotaTotals = builder.objectRef<QuotaFigures>('QuotaTotals').implement({
    interfaces: [Figures],
    fields: () => ({}),
  });

  const QuotaLineRef = builder.objectRef<QuotaLine>('QuotaLine').implement({
    description: 'One quota level of one unit: leadership posts (领导职务) or grades (职级)',
    interfaces: [Figures],
    fields: (t) => ({
      level: t.field({ type: PostLevel, resolve: (l) => l.level }),
      leadership: t.exposeBoolean('leadership'),
    }),
  });

  return { PostLevel, QuotaTotals, QuotaLineRef };
}
