import type { Schema } from '@cadre/ui';
import type { AddressFilter } from '@cadre/ui/lists';
import { GROUP_LABELS, KIND_LABELS } from '../rules.ts';

/** The rounds shown: `/assessment/rounds?year=2025&kind=ANNUAL&group=…`. */
export type RoundFilter = {
  year?: number;
  kind?: Schema.AssessmentKind;
  group?: Schema.AssessmentGroup;
};

const oneOf =
  <E extends string>(values: Record<E, unknown>) =>
  (value: string | null): value is E =>
    value !== null && value in values;
const isKind = oneOf<Schema.AssessmentKind>(KIND_LABELS);
const isGroup = oneOf<Schema.AssessmentGroup>(GROUP_LABELS);

export const roundFilter: AddressFilter<RoundFilter> = {
  read(params) {
    const kind = params.get('kind');
    const group = params.get('group');
    const year = Number(params.get('year'));
    return {
      year: Number.isInteger(year) && year > 0 ? year : undefined,
      kind: isKind(kind) ? kind : undefined,
      group: isGroup(group) ? group : undefined,
    };
  },
  write({ year, kind, group }, params) {
    if (year) params.set('year', String(year));
    if (kind) params.set('kind', kind);
    if (group) params.set('group', group);
  },
};
