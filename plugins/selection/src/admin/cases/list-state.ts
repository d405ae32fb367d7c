import type { Schema } from '@cadre/ui';
import type { AddressFilter } from '@cadre/ui/lists';
import { STAGES } from '../rules.ts';

/** The cases shown: `/selection/cases?stage=INSPECTION&unit=…&q=街道`. */
export type CaseFilter = {
  stage?: Schema.SelectionStage;
  unitId?: string;
  search?: string;
};

const isStage = (value: string | null): value is Schema.SelectionStage =>
  (STAGES as readonly (string | null)[]).includes(value);

export const caseFilter: AddressFilter<CaseFilter> = {
  read(params) {
    const stage = params.get('stage');
    return {
      stage: isStage(stage) ? stage : undefined,
      unitId: params.get('unit') || undefined,
      search: params.get('q')?.trim() || undefined,
    };
  },
  write({ stage, unitId, search }, params) {
    if (stage) params.set('stage', stage);
    if (unitId) params.set('unit', unitId);
    if (search) params.set('q', search);
  },
};
