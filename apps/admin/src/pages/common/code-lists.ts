import type { Label, Schema } from '@cadre/ui';

// Code lists of the quota pages that the kit's label tables (`rankLabels` …) do not cover.

/** 职数 levels: 县处级/乡科级 正职、副职, and 科员. */
export const postLevelLabels: Record<Schema.PostLevel, Label> = {
  COUNTY_PRINCIPAL: { zh: '县处级正职', en: 'County-level principal' },
  COUNTY_DEPUTY: { zh: '县处级副职', en: 'County-level deputy' },
  SECTION_PRINCIPAL: { zh: '乡科级正职', en: 'Section-level principal' },
  SECTION_DEPUTY: { zh: '乡科级副职', en: 'Section-level deputy' },
  STAFF: { zh: '科员', en: 'Staff' },
};

/** A quota line counts leadership posts (领导职务) or grades (职级, 职务与职级并行). */
export const quotaKindLabels: Record<'leadership' | 'grade', Label> = {
  leadership: { zh: '领导职务', en: 'Leadership posts' },
  grade: { zh: '职级', en: 'Grades' },
};

/** A fact the archive has no entry for. */
export const unrecorded: Label = { zh: '未填写', en: 'Not recorded' };

/** 班子成员 roles. */
export const teamRoleLabels: Record<Schema.TeamRole, Label> = {
  PRINCIPAL: { zh: '正职', en: 'Principal' },
  DEPUTY: { zh: '副职', en: 'Deputy' },
  MEMBER: { zh: '成员', en: 'Member' },
};
