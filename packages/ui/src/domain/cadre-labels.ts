// What the core enums are called in the UI: one table per enum, for tables, filters, forms and
// charts of every admin package.
import type { Schema } from '../graphql.ts';
import type { Label } from '../i18n/label.ts';

type Labels<E extends string> = Record<E, Label>;

export const genderLabels: Labels<Schema.Gender> = {
  MALE: { zh: '男', en: 'Male' },
  FEMALE: { zh: '女', en: 'Female' },
};

/** 政治面貌 */
export const politicalStatusLabels: Labels<Schema.PoliticalStatus> = {
  CPC_MEMBER: { zh: '中共党员', en: 'CPC member' },
  CPC_PROBATIONARY: { zh: '中共预备党员', en: 'CPC probationary member' },
  DEMOCRATIC_PARTY: { zh: '民主党派', en: 'Democratic party' },
  NON_PARTISAN: { zh: '无党派人士', en: 'Non-partisan' },
  MASSES: { zh: '群众', en: 'No affiliation' },
};

/** 学历, highest first */
export const educationLabels: Labels<Schema.Education> = {
  DOCTORATE: { zh: '研究生（博士）', en: 'Doctorate' },
  MASTER: { zh: '研究生（硕士）', en: "Master's" },
  UNIVERSITY: { zh: '大学本科', en: 'University' },
  COLLEGE: { zh: '大学专科', en: 'College' },
  SECONDARY: { zh: '中专及高中', en: 'Secondary' },
  BELOW_SECONDARY: { zh: '初中及以下', en: 'Below secondary' },
};

/** 学位 */
export const degreeLabels: Labels<Schema.Degree> = {
  DOCTOR: { zh: '博士', en: 'Doctor' },
  MASTER: { zh: '硕士', en: 'Master' },
  BACHELOR: { zh: '学士', en: 'Bachelor' },
  NONE: { zh: '无', en: 'None' },
};

/** 干部身份 */
export const identityLabels: Labels<Schema.CadreIdentity> = {
  CIVIL_SERVANT: { zh: '公务员', en: 'Civil servant' },
  CIVIL_SERVANT_MANAGED: { zh: '参照公务员法管理', en: 'Managed as civil servant' },
  PUBLIC_INSTITUTION: { zh: '事业', en: 'Public institution' },
  STATE_ENTERPRISE: { zh: '国企', en: 'State enterprise' },
};

/** 职务职级, highest first */
export const rankLabels: Labels<Schema.Rank> = {
  LEADER_COUNTY_PRINCIPAL: { zh: '县处级正职', en: 'County-level principal' },
  LEADER_COUNTY_DEPUTY: { zh: '县处级副职', en: 'County-level deputy' },
  LEADER_SECTION_PRINCIPAL: { zh: '乡科级正职', en: 'Section-level principal' },
  LEADER_SECTION_DEPUTY: { zh: '乡科级副职', en: 'Section-level deputy' },
  RESEARCHER_1: { zh: '一级调研员', en: 'Researcher, grade 1' },
  RESEARCHER_2: { zh: '二级调研员', en: 'Researcher, grade 2' },
  RESEARCHER_3: { zh: '三级调研员', en: 'Researcher, grade 3' },
  RESEARCHER_4: { zh: '四级调研员', en: 'Researcher, grade 4' },
  PRINCIPAL_STAFF_1: { zh: '一级主任科员', en: 'Principal staff, grade 1' },
  PRINCIPAL_STAFF_2: { zh: '二级主任科员', en: 'Principal staff, grade 2' },
  PRINCIPAL_STAFF_3: { zh: '三级主任科员', en: 'Principal staff, grade 3' },
  PRINCIPAL_STAFF_4: { zh: '四级主任科员', en: 'Principal staff, grade 4' },
  STAFF_1: { zh: '一级科员', en: 'Staff, grade 1' },
  STAFF_2: { zh: '二级科员', en: 'Staff, grade 2' },
};

/** 干部管理权限 */
export const managementAuthorityLabels: Labels<Schema.ManagementAuthority> = {
  CITY: { zh: '市管', en: 'City-managed' },
  DISTRICT: { zh: '区管', en: 'District-managed' },
  UNIT: { zh: '单位自管', en: 'Unit-managed' },
};

export const cadreStatusLabels: Labels<Schema.CadreStatus> = {
  ACTIVE: { zh: '在职', en: 'In service' },
  SECOND_LINE: { zh: '退二线', en: 'Second line' },
  RETIRED: { zh: '退休', en: 'Retired' },
  TRANSFERRED_OUT: { zh: '调出', en: 'Transferred out' },
};

/** 三龄二历一身份: the archive facts a verification is about */
export const archiveFactLabels: Labels<Schema.ArchiveFact> = {
  BIRTH_DATE: { zh: '出生日期（年龄）', en: 'Birth date (age)' },
  PARTY_JOIN_DATE: { zh: '入党时间（党龄）', en: 'Party join date (party standing)' },
  WORK_START_DATE: { zh: '参加工作时间（工龄）', en: 'Work start (work years)' },
  EDUCATION: { zh: '学历学位', en: 'Education and degrees' },
  EXPERIENCE: { zh: '经历', en: 'Experience' },
  IDENTITY: { zh: '干部身份', en: 'Cadre identity' },
};

export const reservePoolKindLabels: Labels<Schema.ReservePoolKind> = {
  RESERVE: { zh: '后备干部库', en: 'Reserve pool' },
  YOUNG_TALENT: { zh: '优秀年轻干部库', en: 'Young talent pool' },
};

export const unitCategoryLabels: Labels<Schema.UnitCategory> = {
  PARTY_GOVERNMENT_ORGAN: { zh: '党政机关', en: 'Party and government organ' },
  SUBDISTRICT: { zh: '街道', en: 'Subdistrict' },
  TOWNSHIP: { zh: '乡镇', en: 'Township' },
  DEVELOPMENT_ZONE: { zh: '开发区/园区', en: 'Development zone' },
  PUBLIC_INSTITUTION: { zh: '事业单位', en: 'Public institution' },
  STATE_ENTERPRISE: { zh: '国有企业', en: 'State enterprise' },
};

/** The keys of a label table in its order, for selects: `options(rankLabels, t)`. */
export function labelOptions<E extends string>(
  labels: Labels<E>,
  t: (label: Label) => string,
): { value: E; label: string }[] {
  return (Object.keys(labels) as E[]).map((value) => ({ value, label: t(labels[value]) }));
}
