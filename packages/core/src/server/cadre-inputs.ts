import type { ObjectRef } from '@pothos/core';
import { z } from 'zod';
import { bilingual } from '../errors/zod-issues.ts';
import type { Builder, Types } from './builder.ts';
import type { CadreEnums } from './cadre-enums.ts';

/** Ages a registry filter may ask for; beyond them no date of birth can be computed. */
const age = z
  .number()
  .int()
  .min(0, bilingual('年龄不能小于 0', 'An age cannot be below 0'))
  .max(150, bilingual('年龄不能大于 150', 'An age cannot be above 150'));

/**
 * Input types of the cadre record. Create and update share one field list: on create the
 * record's required fields are required; on update every field is optional.
 */
export function registerCadreInputs(
  builder: Builder,
  e: CadreEnums,
  unit: ObjectRef<Types, { id: string }>,
) {
  const recordFields = <Required extends boolean>(
    t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>,
    required: Required,
  ) => ({
    name: t.string({ required }),
    gender: t.field({ type: e.Gender, required }),
    ethnicity: t.string({ required }),
    nativePlace: t.string({ required }),
    birthPlace: t.string({ required: false }),
    idNumber: t.string({ required: false }),
    birthDate: t.field({ type: 'Date', required }),
    politicalStatus: t.field({ type: e.PoliticalStatus, required }),
    partyJoinDate: t.field({ type: 'Date', required: false }),
    workStartDate: t.field({ type: 'Date', required }),
    fullTimeEducation: t.field({ type: e.Education, required: false }),
    fullTimeDegree: t.field({ type: e.Degree, required: false }),
    fullTimeSchool: t.string({ required: false }),
    inServiceEducation: t.field({ type: e.Education, required: false }),
    inServiceDegree: t.field({ type: e.Degree, required: false }),
    inServiceSchool: t.string({ required: false }),
    identity: t.field({ type: e.CadreIdentity, required }),
    rank: t.field({ type: e.Rank, required }),
    rankSince: t.field({ type: 'Date', required }),
    managementAuthority: t.field({ type: e.ManagementAuthority, required }),
    healthStatus: t.string({ required: false, description: '健康状况' }),
    professionalTitle: t.string({ required: false, description: '专业技术职务' }),
    specialty: t.string({ required: false, description: '熟悉专业有何专长' }),
    status: t.field({ type: e.CadreStatus, required: false }),
    unitId: t.globalID({ required, for: unit }),
  });

  const CadreInput = builder.inputType('CadreInput', { fields: (t) => recordFields(t, true) });
  const CadreUpdateInput = builder.inputType('CadreUpdateInput', {
    fields: (t) => recordFields(t, false),
  });

  const CadreFilter = builder.inputType('CadreFilter', {
    description: 'Registry filters; all given ones must hold',
    fields: (t) => ({
      unitId: t.globalID({
        required: false,
        for: unit,
        description: 'The unit and all units under it',
      }),
      ranks: t.field({ type: [e.Rank], required: false }),
      ageMin: t.int({ required: false, validate: age }),
      ageMax: t.int({ required: false, validate: age }),
      gender: t.field({ type: e.Gender, required: false }),
      politicalStatuses: t.field({ type: [e.PoliticalStatus], required: false }),
      educationAtLeast: t.field({
        type: e.Education,
        required: false,
        description: 'e.g. UNIVERSITY: 本科及以上',
      }),
      statuses: t.field({ type: [e.CadreStatus], required: false }),
      managementAuthorities: t.field({ type: [e.ManagementAuthority], required: false }),
      search: t.string({
        required: false,
        description:
          'Part of the name or of its pinyin, or the start of its initials (ljq: 吕金庆)',
      }),
      underInfluenceOn: t.field({
        type: 'Date',
        required: false,
        description:
          'Under a restriction of an influence period that day (影响期内); needs core.sanction.read',
      }),
    }),
  });

  return { CadreInput, CadreUpdateInput, CadreFilter };
}
