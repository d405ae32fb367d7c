import type { registerIndicator } from './indicator.ts';
import type { registerIndicatorSet } from './indicator-set.ts';

/** The indicator library's types that its other files add fields to and take ids of. */
export type SetRefs = ReturnType<typeof registerIndicatorSet>;
export type IndicatorRefs = SetRefs & ReturnType<typeof registerIndicator>;
