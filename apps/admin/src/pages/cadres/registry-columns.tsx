import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  cadreStatusLabels,
  educationLabels,
  genderLabels,
  identityLabels,
  type Label,
  managementAuthorityLabels,
  politicalStatusLabels,
  rankLabels,
  type Schema,
} from '@cadre/ui';
import type { useRegistryMessages } from './messages.ts';
import type { CadreRow } from './registry-query.ts';

type Messages = ReturnType<typeof useRegistryMessages>;
type T = (label: Label) => string;

/** A registry column: its heading, its text (shown and exported), and how to sort by it. */
export interface RegistryColumn {
  key: string;
  title: (m: Messages) => string;
  text: (row: CadreRow, t: T) => string;
  render?: (row: CadreRow, t: T) => ReactNode;
  sortBy?: Schema.CadreOrderField;
  /** Export width; the table sizes columns to their text. */
  width?: number;
  /** Long text (unit, post, English ranks): wraps in a narrow window, not widening the table. */
  wraps?: boolean;
  shownByDefault: boolean;
}

/** `1985-03-02` → `1985.03`, as personnel forms write dates (出生年月). */
export const yearMonth = (date: string | null | undefined): string =>
  date ? date.slice(0, 7).replace('-', '.') : '';

const label = (labels: Record<string, Label>, value: string | null | undefined, t: T) =>
  value ? t(labels[value] ?? { zh: value, en: value }) : '';

export const REGISTRY_COLUMNS: RegistryColumn[] = [
  {
    key: 'name',
    title: (m) => m.colName,
    text: (r) => r.name,
    // The row takes the keyboard focus; the link stays out of the tab order.
    render: (r) => (
      <Link to={`/cadres/${r.id}`} tabIndex={-1}>
        {r.name}
      </Link>
    ),
    sortBy: 'NAME',
    width: 100,
    shownByDefault: true,
  },
  {
    key: 'gender',
    title: (m) => m.colGender,
    text: (r, t) => label(genderLabels, r.gender, t),
    width: 60,
    shownByDefault: true,
  },
  {
    key: 'birthDate',
    title: (m) => m.colBirthDate,
    text: (r) => yearMonth(r.birthDate),
    width: 100,
    shownByDefault: false,
  },
  {
    key: 'age',
    title: (m) => m.colAge,
    text: (r) => String(r.age),
    sortBy: 'AGE',
    width: 70,
    shownByDefault: true,
  },
  {
    key: 'ethnicity',
    title: (m) => m.colEthnicity,
    text: (r) => r.ethnicity,
    width: 80,
    shownByDefault: false,
  },
  {
    key: 'nativePlace',
    title: (m) => m.colNativePlace,
    text: (r) => r.nativePlace,
    width: 120,
    wraps: true,
    shownByDefault: false,
  },
  {
    key: 'political',
    title: (m) => m.colPolitical,
    text: (r, t) => label(politicalStatusLabels, r.politicalStatus, t),
    width: 100,
    wraps: true,
    shownByDefault: true,
  },
  {
    key: 'partyJoin',
    title: (m) => m.colPartyJoin,
    text: (r) => yearMonth(r.partyJoinDate),
    width: 100,
    shownByDefault: false,
  },
  {
    key: 'workStart',
    title: (m) => m.colWorkStart,
    text: (r) => yearMonth(r.workStartDate),
    sortBy: 'WORK_START',
    width: 130,
    shownByDefault: false,
  },
  {
    key: 'education',
    title: (m) => m.colEducation,
    text: (r, t) => label(educationLabels, r.highestEducation, t),
    width: 110,
    shownByDefault: true,
  },
  {
    key: 'school',
    title: (m) => m.colSchool,
    text: (r) => r.fullTimeSchool ?? '',
    width: 160,
    wraps: true,
    shownByDefault: false,
  },
  {
    key: 'unit',
    title: (m) => m.colUnit,
    text: (r) => r.unit.name,
    width: 170,
    wraps: true,
    shownByDefault: true,
  },
  {
    key: 'post',
    title: (m) => m.colPost,
    text: (r) => r.currentPost?.title ?? '',
    width: 190,
    wraps: true,
    shownByDefault: true,
  },
  {
    key: 'rank',
    title: (m) => m.colRank,
    text: (r, t) => label(rankLabels, r.rank, t),
    width: 120,
    wraps: true,
    shownByDefault: true,
  },
  {
    key: 'rankSince',
    title: (m) => m.colRankSince,
    text: (r) => yearMonth(r.rankSince),
    sortBy: 'RANK_SINCE',
    width: 130,
    shownByDefault: false,
  },
  {
    key: 'identity',
    title: (m) => m.colIdentity,
    text: (r, t) => label(identityLabels, r.identity, t),
    width: 130,
    shownByDefault: false,
  },
  {
    key: 'authority',
    title: (m) => m.colAuthority,
    text: (r, t) => label(managementAuthorityLabels, r.managementAuthority, t),
    width: 100,
    shownByDefault: false,
  },
  {
    key: 'status',
    title: (m) => m.colStatus,
    text: (r, t) => label(cadreStatusLabels, r.status, t),
    width: 80,
    shownByDefault: true,
  },
];

const STORAGE_KEY = 'cadre.registry.columns';
export const DEFAULT_COLUMNS = REGISTRY_COLUMNS.filter((c) => c.shownByDefault).map((c) => c.key);

/** The columns the viewer chose last time (the name is always shown). */
export function storedColumns(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (Array.isArray(stored) && stored.every((k) => typeof k === 'string'))
      return [
        'name',
        ...stored.filter((k) => k !== 'name' && REGISTRY_COLUMNS.some((c) => c.key === k)),
      ];
  } catch {
    // A damaged entry falls back to the defaults.
  }
  return DEFAULT_COLUMNS;
}

export function storeColumns(keys: string[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
  } catch {
    // Not remembered in a private window; still applies now.
  }
}
