import { z } from 'zod';
import {
  CadreIdentity,
  CadreStatus,
  Degree,
  Education,
  Gender,
  ManagementAuthority,
  PoliticalStatus,
  Rank,
} from '@cadre/db';
import { checkArchiveDates } from '../domain/archive-rules.ts';
import { todayInChina, formatDate } from '../domain/dates.ts';
import { idNumberBirthDate, idNumberGender, isValidIdNumber } from '../domain/id-number.ts';
import { nameKeyFields } from '../domain/name-keys.ts';
import { bilingual } from '../errors/zod-issues.ts';
import { archiveRuleText } from './archive-rule-text.ts';

const PARTY_MEMBER = new Set<string>(['CPC_MEMBER', 'CPC_PROBATIONARY']);

/** Every field of a cadre record as staff enter it, before cross-field rules. */
export const cadreFields = z.object({
  name: z
    .string()
    .trim()
    .min(2, bilingual('姓名至少 2 个字', 'Name needs at least 2 characters'))
    .max(20),
  gender: z.enum(Gender),
  ethnicity: z.string().trim().min(1, bilingual('民族不能为空', 'Ethnicity is required')).max(20),
  nativePlace: z
    .string()
    .trim()
    .min(2, bilingual('籍贯至少 2 个字', 'Native place needs 2 characters'))
    .max(40),
  birthPlace: z.string().trim().max(40).nullish(),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidIdNumber, bilingual('身份证号码无效', 'Invalid ID number'))
    .nullish(),
  birthDate: z.date(),
  politicalStatus: z.enum(PoliticalStatus),
  partyJoinDate: z.date().nullish(),
  workStartDate: z.date(),
  fullTimeEducation: z.enum(Education).nullish(),
  fullTimeDegree: z.enum(Degree).nullish(),
  fullTimeSchool: z.string().trim().max(60).nullish(),
  inServiceEducation: z.enum(Education).nullish(),
  inServiceDegree: z.enum(Degree).nullish(),
  inServiceSchool: z.string().trim().max(60).nullish(),
  identity: z.enum(CadreIdentity),
  rank: z.enum(Rank),
  rankSince: z.date(),
  managementAuthority: z.enum(ManagementAuthority),
  /** 健康状况, 专业技术职务, 熟悉专业有何专长: the form's remaining personal fields. */
  healthStatus: z.string().trim().max(20).nullish(),
  professionalTitle: z.string().trim().max(40).nullish(),
  specialty: z.string().trim().max(100).nullish(),
  status: z.enum(CadreStatus).default('ACTIVE'),
  unitId: z.string().uuid(),
});

export type CadreFields = z.output<typeof cadreFields>;

/** The rules that tie fields together; applied to the whole record after any change. */
export function cadreRecordIssues(c: CadreFields, today = todayInChina()) {
  const issues: { path: string; message: string }[] = [];
  const add = (path: string, zh: string, en: string) =>
    issues.push({ path, message: bilingual(zh, en) });
  for (const v of checkArchiveDates({ ...c, partyJoinDate: c.partyJoinDate ?? null }, today)) {
    const text = archiveRuleText(v.code);
    add(v.field, text.zh, text.en);
  }
  if (PARTY_MEMBER.has(c.politicalStatus) && !c.partyJoinDate) {
    add('partyJoinDate', '党员须填写入党时间', 'A party member needs a party-join date');
  }
  if (!PARTY_MEMBER.has(c.politicalStatus) && c.partyJoinDate) {
    add('partyJoinDate', '非中共党员不应有入党时间', 'Only party members have a party-join date');
  }
  if (c.rankSince < c.workStartDate || c.rankSince > today) {
    add(
      'rankSince',
      '任现职级时间须在参加工作之后、今天之前',
      'Rank date must fall between work start and today',
    );
  }
  if (c.idNumber && isValidIdNumber(c.idNumber)) {
    if (formatDate(idNumberBirthDate(c.idNumber) as Date) !== formatDate(c.birthDate)) {
      add('idNumber', '身份证号码与出生日期不一致', 'ID number does not match the birth date');
    }
    if (idNumberGender(c.idNumber) !== c.gender) {
      add('idNumber', '身份证号码与性别不一致', 'ID number does not match the gender');
    }
  }
  return issues;
}

/** A whole record: field checks, then the rules across fields. */
export const cadreRecord = cadreFields.superRefine((c, ctx) => {
  for (const issue of cadreRecordIssues(c)) {
    ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }
});

/** A record as stored: its fields and the pinyin keys of its name, which every write refreshes. */
export function storedCadre<T extends { name: string }>(fields: T) {
  return { ...fields, ...nameKeyFields(fields.name) };
}
