import type { ObjectRef } from '@pothos/core';
import { todayInChina } from '../domain/dates.ts';
import {
  type AgeBand,
  type CadreStructure,
  cadreStructure,
  type TeamStructure,
} from '../services/cadre-structure.ts';
import type { Builder, Types } from './builder.ts';
import type { CadreEnums } from './cadre-enums.ts';
import { districtOf } from './scope.ts';

/** 干部结构: the counts a dashboard charts, aggregated by the database. */
export function registerCadreStructure(
  builder: Builder,
  enums: CadreEnums,
  Unit: ObjectRef<Types, { id: string }>,
) {
  const RankCount = builder.objectRef<CadreStructure['byRank'][number]>('RankCount');
  RankCount.implement({
    fields: (t) => ({
      rank: t.field({ type: enums.Rank, resolve: (r) => r.rank }),
      count: t.exposeInt('count'),
    }),
  });

  const GenderCount = builder.objectRef<CadreStructure['byGender'][number]>('GenderCount');
  GenderCount.implement({
    fields: (t) => ({
      gender: t.field({ type: enums.Gender, resolve: (r) => r.gender }),
      count: t.exposeInt('count'),
    }),
  });

  const PoliticalStatusCount =
    builder.objectRef<CadreStructure['byPoliticalStatus'][number]>('PoliticalStatusCount');
  PoliticalStatusCount.implement({
    fields: (t) => ({
      politicalStatus: t.field({
        type: enums.PoliticalStatus,
        resolve: (r) => r.politicalStatus,
      }),
      count: t.exposeInt('count'),
    }),
  });

  const EducationCount = builder.objectRef<CadreStructure['byEducation'][number]>('EducationCount');
  EducationCount.implement({
    fields: (t) => ({
      education: t.field({
        type: enums.Education,
        nullable: true,
        description: 'Highest education (全日制 or 在职); null when not recorded',
        resolve: (r) => r.education,
      }),
      count: t.exposeInt('count'),
    }),
  });

  const AgeBandRef = builder.objectRef<AgeBand>('AgeBand');
  AgeBandRef.implement({
    description: '年龄段 of the age pyramid, by gender',
    fields: (t) => ({
      fromAge: t.exposeInt('fromAge'),
      toAge: t.exposeInt('toAge', {
        nullable: true,
        description: 'Inclusive; null for the open top band',
      }),
      male: t.exposeInt('male'),
      female: t.exposeInt('female'),
    }),
  });

  const Figures = builder.interfaceRef<CadreStructure>('CadreStructureFigures').implement({
    description: 'Cadres in service (在职) counted by rank, age, gender, party and education',
    fields: (t) => ({
      total: t.exposeInt('total'),
      averageAge: t.exposeFloat('averageAge', {
        nullable: true,
        description: 'Mean age in years, to one decimal; null without cadres',
      }),
      byRank: t.field({ type: [RankCount], resolve: (s) => s.byRank }),
      byGender: t.field({ type: [GenderCount], resolve: (s) => s.byGender }),
      ageBands: t.field({
        type: [AgeBandRef],
        description: '30 and under, five-year bands, 56 and over; every band, empty ones too',
        resolve: (s) => s.ageBands,
      }),
      byPoliticalStatus: t.field({
        type: [PoliticalStatusCount],
        resolve: (s) => s.byPoliticalStatus,
      }),
      byEducation: t.field({ type: [EducationCount], resolve: (s) => s.byEducation }),
    }),
  });

  const Structure = builder.objectRef<CadreStructure>('CadreStructure').implement({
    description: '干部结构: the cadres in service of a district, or of a unit and those under it',
    interfaces: [Figures],
    fields: () => ({}),
  });

  const TextCount = builder.objectRef<TeamStructure['bySpecialty'][number]>('TextCount');
  TextCount.implement({
    description: 'Cadres sharing a free-text archive entry',
    fields: (t) => ({
      value: t.exposeString('value', { nullable: true, description: 'null: not recorded' }),
      count: t.exposeInt('count'),
    }),
  });

  const TeamStructureRef = builder.objectRef<TeamStructure>('TeamStructure').implement({
    description: '班子结构: the members in service of one leadership team',
    interfaces: [Figures],
    fields: (t) => ({
      byProfessionalTitle: t.field({
        type: [TextCount],
        description: '专业技术职务, the most frequent first, the unrecorded last',
        resolve: (s) => s.byProfessionalTitle,
      }),
      bySpecialty: t.field({
        type: [TextCount],
        description: '熟悉专业有何专长, the most frequent first, the unrecorded last',
        resolve: (s) => s.bySpecialty,
      }),
    }),
  });

  builder.queryField('cadreStructure', (t) =>
    t.field({
      type: Structure,
      description:
        "The structure of the district's cadres in service, or of one unit and the units under it",
      authScopes: { permission: 'core.cadre.read' },
      args: { unitId: t.arg.globalID({ required: false, for: Unit }) },
      resolve: (_root, args, ctx) =>
        cadreStructure(ctx.sql, {
          districtId: districtOf(ctx).id,
          unitId: args.unitId?.id ?? null,
          today: todayInChina(),
        }),
    }),
  );

  return { TeamStructure: TeamStructureRef, CadreStructure: Structure };
}
