import {
  cadreStatusLabels,
  educationLabels,
  genderLabels,
  type Label,
  managementAuthorityLabels,
  politicalStatusLabels,
  rankLabels,
} from '@cadre/ui';
import type { useRegistryMessages } from '../cadres/messages.ts';
import { REGISTRY_COLUMNS } from '../cadres/registry-columns.tsx';
import type { AuditMessages } from './messages.ts';

// 导出干部名册 as the page reads it: the columns by their headings, the filter as the registry's
// own conditions (`状态：在职；职务职级：一级主任科员`), never as the JSON the trail keeps.

type T = (label: Label) => string;
type RegistryMessages = ReturnType<typeof useRegistryMessages>;

/** The code lists of the filter's conditions, by the condition they fill. */
const FILTER_VALUES: Record<string, Record<string, Label>> = {
  statuses: cadreStatusLabels,
  ranks: rankLabels,
  gender: genderLabels,
  politicalStatuses: politicalStatusLabels,
  managementAuthorities: managementAuthorityLabels,
  educationAtLeast: educationLabels,
};

/** The filter's conditions by their names on the registry page. */
const FILTER_CONDITIONS: Record<string, Label> = {
  search: { zh: '姓名/拼音', en: 'Name or pinyin' },
  statuses: { zh: '状态', en: 'Status' },
  ranks: { zh: '职务职级', en: 'Rank' },
  gender: { zh: '性别', en: 'Gender' },
  politicalStatuses: { zh: '政治面貌', en: 'Political status' },
  managementAuthorities: { zh: '管理权限', en: 'Management authority' },
  educationAtLeast: { zh: '学历不低于', en: 'Education at least' },
  ageMin: { zh: '年龄不小于', en: 'Age at least' },
  ageMax: { zh: '年龄不大于', en: 'Age at most' },
  unitId: { zh: '单位', en: 'Unit' },
  underInfluenceOn: { zh: '影响期内（日期）', en: 'Under an influence period on' },
};

const named = (labels: Record<string, Label> | undefined, value: unknown, t: T) =>
  typeof value === 'string' && labels && Object.hasOwn(labels, value)
    ? t(labels[value] as Label)
    : String(value);

/** `姓名、性别、年龄`: the exported columns by their headings, in their order. */
export function columnsText(value: unknown, registry: RegistryMessages): string | null {
  if (!Array.isArray(value)) return null;
  return value
    .map((key) => REGISTRY_COLUMNS.find((c) => c.key === key)?.title(registry) ?? String(key))
    .join('、');
}

/** `状态：在职；年龄 ≥ 35`: each condition of the filter, with its values named. */
export function filterText(value: unknown, m: AuditMessages, t: T): string | null {
  if (!value || typeof value !== 'object') return null;
  const conditions = Object.entries(value as Record<string, unknown>).map(([key, given]) => {
    const values = (Array.isArray(given) ? given : [given]).map((v) =>
      named(FILTER_VALUES[key], v, t),
    );
    const condition = FILTER_CONDITIONS[key];
    const name = condition ? t(condition) : key;
    return `${name}${m.colon}${values.join('、')}`;
  });
  return conditions.length > 0 ? conditions.join('；') : m.exportEverything;
}
