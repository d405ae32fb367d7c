import { beforeAll, describe, expect, it } from 'vitest';
import {
  cadreId,
  cadreInput,
  createUnit,
  defined,
  globalId,
  GraphQLClient,
  sampleXlsx,
} from '@cadre/testing';
import { assessmentPlugin } from '@cadre/plugin-assessment';
import { selectionPlugin } from '@cadre/plugin-selection';
import { staffWith, TEST_PASSWORD, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// The tenant isolation sweep: every root field of every schema variant, called by users and by an
// API key of district A with ids of district B, must return nothing of B and change nothing in B.
// A field without a case fails the first test, so a new field cannot skip the sweep.

const installed = [...testPlugins, selectionPlugin, assessmentPlugin];
const h = useGateway(installed, {}, { a: ['alpha', 'beta', 'selection', 'assessment'] });

/** District B's canary rows: every name contains 金丝雀, so any leak is found by text. */
interface Canary {
  unit: string;
  cadre: string;
  post: string;
  pool: string;
  role: string;
  user: string;
  apiKey: string;
  workflowCase: string;
  event: string;
  selectionCase: string;
  candidate: string;
  opinion: string;
  report: string;
  meeting: string;
  objection: string;
  team: string;
  member: string;
  plan: string;
  reward: string;
  sanction: string;
  grade: string;
  family: string;
  attachment: string;
  // 考核: the indicator library, the daily assessment and a round in scoring.
  indicatorSet: string;
  indicator: string;
  unitResult: string;
  dailyRecord: string;
  quarterlyEvaluation: string;
  deduction: string;
  round: string;
  subject: string;
  item: string;
  participant: string;
  consequence: string;
}

type Case = (b: Canary) => { query: string; variables?: Record<string, unknown> };

const RESULT = '{ __typename ... on Error { code } }';
const ANY = '__typename';

/** 考核's queries, with B's ids and the year and quarter B's canary rows are of. */
const ASSESSMENT_QUERIES: Record<string, Case> = {
  indicatorSets: () => ({
    query: '{ indicatorSets(year: 2025) { id title indicators { id name } } }',
  }),
  indicatorSet: (b) => ({
    query: 'query ($id: ID!) { indicatorSet(id: $id) { id title units { name } } }',
    variables: { id: b.indicatorSet },
  }),
  unitIndicatorResults: (b) => ({
    query: `query ($u: ID!) { unitIndicatorResults(unitId: $u, year: 2025) {
      id note unit { name } } }`,
    variables: { u: b.unit },
  }),
  unitIndicatorSummary: () => ({
    query: '{ unitIndicatorSummary(year: 2025) { units { unit { name } score } } }',
  }),
  unitAssessmentResults: (b) => ({
    query: `query ($u: ID!) { unitAssessmentResults(unitId: $u, year: 2025) { unit { name }
      cadres { cadre { name } } consequences { basis } } }`,
    variables: { u: b.unit },
  }),
  dailyAssessmentInbox: (b) => ({
    query: `query ($u: ID!) { dailyAssessmentInbox(unitId: $u, year: 2025, quarter: 1) {
      rows { cadre { name } weeklyRecords { content } evaluation { comment }
        openDeductions { reason } } } }`,
    variables: { u: b.unit },
  }),
  dailyRecords: (b) => ({
    query: `query ($u: ID!) { dailyRecords(unitId: $u, year: 2025, quarter: 1, first: 100) {
      edges { node { id content } } } }`,
    variables: { u: b.unit },
  }),
  cadreDailyAssessment: (b) => ({
    query: `query ($c: ID!) { cadreDailyAssessment(cadreId: $c, year: 2025) { cadre { name }
      records { content } evaluations { comment } deductions { reason } } }`,
    variables: { c: b.cadre },
  }),
  cadreAssessmentRecord: (b) => ({
    query: `query ($c: ID!) { cadreAssessmentRecord(cadreId: $c) { cadre { name }
      openDeductions { reason } years { quarters { comment } results { round { title } } } } }`,
    variables: { c: b.cadre },
  }),
  cadreAssessments: (b) => ({
    query: 'query ($c: ID!) { cadreAssessments(cadreId: $c) { id round { title } } }',
    variables: { c: b.cadre },
  }),
  assessmentRounds: () => ({
    query: '{ assessmentRounds(first: 100) { totalCount edges { node { id title } } } }',
  }),
  assessmentRound: (b) => ({
    query: 'query ($id: ID!) { assessmentRound(id: $id) { id title } }',
    variables: { id: b.round },
  }),
  assessmentConsequences: (b) => ({
    query: `query ($r: ID) { assessmentConsequences(roundId: $r, first: 100) { totalCount
      edges { node { id basis } } } }`,
    variables: { r: b.round },
  }),
  assessmentGradeDistribution: () => ({
    query: '{ assessmentGradeDistribution(year: 2025) { units { unit { name } total } } }',
  }),
  evaluationScoreTemplate: (b) => ({
    query: `query ($r: ID!) { evaluationScoreTemplate(roundId: $r, subject: SUPERIOR) { ${ANY}
      ... on QueryEvaluationScoreTemplateSuccess { data { fileName } } ... on Error { code } } }`,
    variables: { r: b.round },
  }),
};

const QUERIES: Record<string, Case> = {
  me: () => ({ query: '{ me { id username displayName } }' }),
  district: () => ({ query: '{ district { id name code plugins { pluginId config } } }' }),
  unit: (b) => ({
    query:
      'query ($id: ID!) { unit(id: $id) { id name quotaAtRank(rank: LEADER_SECTION_DEPUTY) { vacant } } }',
    variables: { id: b.unit },
  }),
  units: (b) => ({
    query: 'query ($p: ID) { units(parentId: $p) { id name } }',
    variables: { p: b.unit },
  }),
  quotaTotals: () => ({ query: '{ quotaTotals { approved filled } }' }),
  cadres: () => ({
    query: '{ cadres(first: 200) { totalCount edges { node { id name } } } }',
  }),
  cadre: (b) => ({
    query: 'query ($id: ID!) { cadre(id: $id) { id name } }',
    variables: { id: b.cadre },
  }),
  cadreStructure: (b) => ({
    query: 'query ($u: ID) { cadreStructure(unitId: $u) { total byRank { rank count } } }',
    variables: { u: b.unit },
  }),
  reservePools: () => ({ query: '{ reservePools { id name entries { edges { node { id } } } } }' }),
  permissions: () => ({ query: '{ permissions { key } }' }),
  myPermissions: () => ({ query: '{ myPermissions }' }),
  roles: () => ({ query: '{ roles { id key name } }' }),
  users: () => ({ query: '{ users { id username displayName } }' }),
  apiKeys: () => ({ query: '{ apiKeys { id name } }' }),
  auditRecords: (b) => ({
    query: `query ($t: String) { auditRecords(first: 200, targetId: $t) {
      edges { node { id targetId changes } } } }`,
    variables: { t: Buffer.from(b.cadre, 'base64').toString().split(':')[1] },
  }),
  verifyAuditChain: () => ({ query: '{ verifyAuditChain { intact checked } }' }),
  cityDistrictFigures: () => ({ query: '{ cityDistrictFigures { code name cadres } }' }),
  appointmentForm: (b) => ({
    query: `query ($c: ID!, $k: ID) { appointmentForm(cadreId: $c, caseId: $k) {
      cadre { id name } proposal { id reason } proposals { id } } }`,
    variables: { c: b.cadre, k: b.workflowCase },
  }),
  cityDistrict: () => ({
    query: `{ cityDistrict(code: "D02") { ${ANY} ... on QueryCityDistrictSuccess { data { name } } } }`,
  }),
  cityManagedCadres: () => ({
    query: `{ cityManagedCadres(districtCode: "D02") { ${ANY}
      ... on QueryCityManagedCadresSuccess { data { nodes { name } } } } }`,
  }),
  cityManagedCadre: (b) => ({
    query: `query ($id: String!) { cityManagedCadre(districtCode: "D02", id: $id) { ${ANY}
      ... on QueryCityManagedCadreSuccess { data { name } } } }`,
    variables: { id: Buffer.from(b.cadre, 'base64').toString().split(':')[1] },
  }),
  alphaNotes: () => ({ query: '{ alphaNotes { text } }' }),
  alphaFault: () => ({ query: '{ alphaFault }' }),
  workflowCase: (b) => ({
    query: 'query ($id: ID!) { workflowCase(id: $id) { id title } }',
    variables: { id: b.workflowCase },
  }),
  caseRecord: (b) => ({
    query: 'query ($id: ID!) { caseRecord(id: $id) { case { title } } }',
    variables: { id: b.workflowCase },
  }),
  integrityCheck: (b) => ({
    query: `query ($ids: [ID!]!) { integrityCheck(cadreIds: $ids) { ${ANY}
      ... on QueryIntegrityCheckSuccess { data { findings { reason } } } ... on Error { code } } }`,
    variables: { ids: [b.cadre] },
  }),
  myDueItems: () => ({ query: '{ myDueItems(includeClosed: true) { title } }' }),
  selectionCases: () => ({
    query: `{ selectionCases(first: 100) { totalCount edges { node { id title postTitle
      candidates { cadre { name } } } } } }`,
  }),
  selectionCase: (b) => ({
    query: 'query ($id: ID!) { selectionCase(id: $id) { id title } }',
    variables: { id: b.selectionCase },
  }),
  selectionStatistics: () => ({
    query: `{ selectionStatistics(from: "2000-01-01", to: "2030-12-31") {
      adjustments { total } appointees { count } } }`,
  }),
  promotionLookBack: () => ({
    query: '{ promotionLookBack(since: "2000-01-01") { cadre { name } findings { reason } } }',
  }),
  outboxEvents: () => ({ query: '{ outboxEvents(first: 100) { id type payload } }' }),
  attachments: (b) => ({
    query: `query ($o: ID!) { attachments(ownerType: "CadrePhoto", ownerId: $o) { ${ANY}
      ... on QueryAttachmentsSuccess { data { id fileName } } ... on Error { code } } }`,
    variables: { o: b.cadre },
  }),
  overQuotaPlans: () => ({
    query: '{ overQuotaPlans { id plan unit { name } progress { note } } }',
  }),
  ...ASSESSMENT_QUERIES,
};

const SELECTION_MOTION = (unit: string) => ({
  title: '甲方事项',
  unitId: unit,
  postTitle: '甲方职务',
  targetRank: 'LEADER_SECTION_DEPUTY',
  adjustmentType: 'PROMOTION',
  analysisNote: '甲方',
  quotaJustification: '甲方',
});
const day = '2025-01-06';
/** A mutation of A with ids of B: each must answer as if they did not exist. */
const mutationCase =
  (
    name: string,
    signature: string,
    args: string,
    variables: (b: Canary) => Record<string, unknown>,
  ): Case =>
  (b) => ({
    query: `mutation (${signature}) { ${name}(${args}) ${RESULT} }`,
    variables: variables(b),
  });
const onCase = (name: string, type: string, input: unknown) =>
  mutationCase(name, `$c: ID!, $i: ${type}!`, 'caseId: $c, input: $i', (b) => ({
    c: b.selectionCase,
    i: input,
  }));
const onCandidate = (name: string, type: string, input: unknown) =>
  mutationCase(name, `$c: ID!, $i: ${type}!`, 'candidateId: $c, input: $i', (b) => ({
    c: b.candidate,
    i: input,
  }));

/** A mutation on B's round: `signature` and `args` add to the round's id. */
const onRound = (
  name: string,
  signature: string,
  args: string,
  variables: (b: Canary) => Record<string, unknown>,
) =>
  mutationCase(
    name,
    ['$r: ID!', signature].filter(Boolean).join(', '),
    ['roundId: $r', args].filter(Boolean).join(', '),
    (b) => ({ r: b.round, ...variables(b) }),
  );

const SELECTION_MUTATIONS: Record<string, Case> = {
  openSelectionCase: mutationCase(
    'openSelectionCase',
    '$i: OpenSelectionCaseInput!',
    'input: $i',
    (b) => ({
      i: SELECTION_MOTION(b.unit),
    }),
  ),
  recordSelectionHigherApproval: onCase(
    'recordSelectionHigherApproval',
    'SelectionHigherApprovalInput',
    {
      reportedOn: day,
    },
  ),
  nominateSelectionCandidate: mutationCase(
    'nominateSelectionCandidate',
    '$c: ID!, $d: ID!',
    'caseId: $c, cadreId: $d',
    (b) => ({ c: b.selectionCase, d: b.cadre }),
  ),
  listSelectionCandidate: mutationCase(
    'listSelectionCandidate',
    '$c: ID!',
    'candidateId: $c',
    (b) => ({
      c: b.candidate,
    }),
  ),
  dropSelectionCandidate: mutationCase(
    'dropSelectionCandidate',
    '$c: ID!',
    'candidateId: $c, reason: "甲"',
    (b) => ({ c: b.candidate }),
  ),
  recordRecommendationRound: (b) =>
    onCase('recordRecommendationRound', 'RecommendationRoundInput', {
      method: 'MEETING',
      heldOn: day,
      ballots: [{ category: 'STAFF', participants: 10 }],
      votes: [{ candidateId: b.candidate, category: 'STAFF', votes: 9 }],
    })(b),
  recordSignedRecommendation: onCandidate(
    'recordSignedRecommendation',
    'SignedRecommendationInput',
    {
      kind: 'LEADER',
      recommender: '甲',
      reason: '甲',
      recommendedOn: day,
    },
  ),
  recordInspectionPlan: onCase('recordInspectionPlan', 'InspectionPlanInput', {
    plan: '甲',
    startsOn: day,
  }),
  setInspectionTeam: mutationCase(
    'setInspectionTeam',
    '$c: ID!, $m: [InspectionTeamMemberInput!]!',
    'caseId: $c, members: $m',
    (b) => ({ c: b.selectionCase, m: [{ name: '甲一' }, { name: '甲二', supervisor: true }] }),
  ),
  recordInspectionEvaluation: onCandidate(
    'recordInspectionEvaluation',
    'InspectionEvaluationInput',
    {
      morality: '甲',
      ability: '甲',
      diligence: '甲',
      performance: '甲',
      integrity: '甲',
      conclusion: '甲',
      recordedOn: day,
    },
  ),
  recordFourMust: onCandidate('recordFourMust', 'FourMustInput', {
    must: 'ARCHIVE_REVIEW',
    doneOn: day,
    result: '甲',
    evidence: '甲',
  }),
  runSelectionIntegrityCheck: mutationCase(
    'runSelectionIntegrityCheck',
    '$c: ID!',
    'caseId: $c',
    (b) => ({
      c: b.selectionCase,
    }),
  ),
  recordDeliberationOpinion: onCase('recordDeliberationOpinion', 'DeliberationOpinionInput', {
    source: '甲',
    opinion: '甲',
    agrees: false,
    recordedOn: day,
  }),
  resolveDeliberationOpinion: mutationCase(
    'resolveDeliberationOpinion',
    '$o: ID!',
    'opinionId: $o, resolution: "甲"',
    (b) => ({ o: b.opinion }),
  ),
  recordDeliberationReport: onCase('recordDeliberationReport', 'DeliberationReportInput', {
    receivedOn: day,
    summary: '甲',
  }),
  verifyDeliberationReport: mutationCase(
    'verifyDeliberationReport',
    '$r: ID!, $i: DeliberationReportVerificationInput!',
    'reportId: $r, input: $i',
    (b) => ({ r: b.report, i: { verification: '甲', verifiedOn: day } }),
  ),
  recordDecisionMeeting: (b) =>
    onCase('recordDecisionMeeting', 'DecisionMeetingInput', {
      body: 'STANDING_COMMITTEE',
      heldOn: day,
      shouldAttend: 9,
      present: 9,
      chair: '甲',
      recorder: '甲',
      signedByChair: true,
      signedByRecorder: true,
      votes: [{ candidateId: b.candidate, inFavour: 9, against: 0, abstain: 0 }],
    })(b),
  reconsiderDecisionMeeting: mutationCase(
    'reconsiderDecisionMeeting',
    '$m: ID!, $i: DecisionReconsiderationInput!',
    'meetingId: $m, input: $i',
    (b) => ({ m: b.meeting, i: { agreeing: 9, reconsideredOn: day, reason: '甲' } }),
  ),
  startSelectionPublicity: onCase('startSelectionPublicity', 'SelectionPublicityInput', {
    startsOn: day,
    expectedVersion: 1,
  }),
  openPublicityObjection: onCandidate('openPublicityObjection', 'PublicityObjectionInput', {
    receivedOn: day,
    summary: '甲',
  }),
  concludePublicityObjection: mutationCase(
    'concludePublicityObjection',
    '$o: ID!, $i: PublicityObjectionConclusionInput!',
    'objectionId: $o, input: $i',
    (b) => ({ o: b.objection, i: { founded: true, conclusion: '甲', concludedOn: day } }),
  ),
  recordPreAppointmentTalk: onCandidate('recordPreAppointmentTalk', 'PreAppointmentTalkInput', {
    talkOn: day,
    talkBy: '甲',
    integrityReminder: true,
  }),
  appointSelectionCandidates: onCase('appointSelectionCandidates', 'SelectionAppointmentInput', {
    documentNumber: '甲',
    effectiveOn: day,
    expectedVersion: 1,
  }),
  concludeSelectionProbation: onCandidate(
    'concludeSelectionProbation',
    'ProbationConclusionInput',
    {
      result: 'FAIL',
      assessment: '甲',
      concludedOn: day,
      expectedVersion: 1,
    },
  ),
};

/** 考核's mutations of A on B's set, indicator, unit, cadre, round, participant and consequence. */
const ASSESSMENT_MUTATIONS: Record<string, Case> = {
  createIndicatorSet: () => ({
    query: `mutation { createIndicatorSet(year: 2025, unitCategory: PARTY_GOVERNMENT_ORGAN,
      title: "甲方指标") ${RESULT} }`,
  }),
  copyIndicatorSet: mutationCase(
    'copyIndicatorSet',
    '$s: ID!',
    'fromSetId: $s, toYear: 2026',
    (b) => ({
      s: b.indicatorSet,
    }),
  ),
  saveIndicator: mutationCase(
    'saveIndicator',
    '$s: ID!, $id: ID!, $i: IndicatorInput!',
    'setId: $s, id: $id, input: $i',
    (b) => ({
      s: b.indicatorSet,
      id: b.indicator,
      i: { category: 'ECONOMIC', name: '甲方指标项', weight: 50, scoring: 'YES_NO' },
    }),
  ),
  removeIndicator: mutationCase('removeIndicator', '$id: ID!', 'id: $id', (b) => ({
    id: b.indicator,
  })),
  closeIndicatorYear: () => ({ query: `mutation { closeIndicatorYear(year: 2025) ${RESULT} }` }),
  recordUnitIndicatorResult: mutationCase(
    'recordUnitIndicatorResult',
    '$i: ID!, $u: ID!',
    'indicatorId: $i, unitId: $u, value: 0, note: "甲方"',
    (b) => ({ i: b.indicator, u: b.unit }),
  ),
  submitDailyRecord: mutationCase(
    'submitDailyRecord',
    '$c: ID!, $i: DailyRecordInput!',
    'cadreId: $c, input: $i',
    (b) => ({ c: b.cadre, i: { kind: 'WEEKLY_RECORD', periodDate: day, content: '甲方' } }),
  ),
  recordQuarterlyEvaluation: mutationCase(
    'recordQuarterlyEvaluation',
    '$c: ID!, $i: QuarterlyEvaluationInput!',
    'cadreId: $c, input: $i',
    (b) => ({
      c: b.cadre,
      i: { year: 2025, quarter: 1, score: 10, grade: 'POOR', comment: '甲方' },
    }),
  ),
  publishQuarterlyEvaluations: mutationCase(
    'publishQuarterlyEvaluations',
    '$u: ID!',
    'unitId: $u, input: { year: 2025, quarter: 1 }',
    (b) => ({ u: b.unit }),
  ),
  recordDailyDeduction: mutationCase(
    'recordDailyDeduction',
    '$c: ID!, $i: DailyDeductionInput!',
    'cadreId: $c, input: $i',
    (b) => ({ c: b.cadre, i: { points: 5, reason: '甲方', evidence: '甲方', recordedOn: day } }),
  ),
  withdrawDailyDeduction: mutationCase(
    'withdrawDailyDeduction',
    '$d: ID!',
    'deductionId: $d, reason: "甲方"',
    (b) => ({ d: b.deduction }),
  ),
  // A special round of A scoped to B's unit.
  openAssessmentRound: mutationCase(
    'openAssessmentRound',
    '$i: OpenAssessmentRoundInput!',
    'input: $i',
    (b) => ({
      i: {
        kind: 'SPECIAL',
        group: 'LEADERS',
        year: 2025,
        title: '甲方专项',
        topic: '甲方',
        periodStart: '2025-01-01',
        periodEnd: '2025-06-30',
        scopeUnitId: b.unit,
      },
    }),
  ),
  setEvaluationSubjects: onRound(
    'setEvaluationSubjects',
    '$s: [EvaluationSubjectInput!]!',
    'subjects: $s',
    () => ({ s: [{ kind: 'SUPERIOR', weight: 100 }] }),
  ),
  setEvaluationItems: onRound(
    'setEvaluationItems',
    '$i: [EvaluationItemInput!]!',
    'items: $i',
    () => ({
      i: [{ name: '甲', weight: 100 }],
    }),
  ),
  addRoundParticipants: onRound('addRoundParticipants', '$c: [ID!]!', 'cadreIds: $c', (b) => ({
    c: [b.cadre],
  })),
  removeRoundParticipant: mutationCase(
    'removeRoundParticipant',
    '$p: ID!',
    'participantId: $p',
    (b) => ({ p: b.participant }),
  ),
  recordEvaluationScores: onRound(
    'recordEvaluationScores',
    '$s: [EvaluationScoreInput!]!',
    'subject: SUPERIOR, scores: $s',
    (b) => ({ s: [{ participantId: b.participant, itemId: b.item, score: 0 }] }),
  ),
  importEvaluationScores: onRound(
    'importEvaluationScores',
    '$f: String!',
    'subject: SUPERIOR, file: $f',
    () => ({ f: sampleXlsx().toString('base64') }),
  ),
  recordSatisfactionSurvey: onRound(
    'recordSatisfactionSurvey',
    '',
    'questionnaires: 1, phoneCalls: 1',
    () => ({}),
  ),
  allocateAssessmentGrades: onRound('allocateAssessmentGrades', '', '', () => ({})),
  approveExcellentCap: onRound(
    'approveExcellentCap',
    '',
    'percent: 50, approval: "甲方"',
    () => ({}),
  ),
  setParticipantGrade: mutationCase(
    'setParticipantGrade',
    '$p: ID!',
    'participantId: $p, grade: INCOMPETENT, reason: "甲方"',
    (b) => ({ p: b.participant }),
  ),
  concludeAssessmentRound: onRound('concludeAssessmentRound', '', 'expectedVersion: 2', () => ({})),
  actOnAssessmentConsequence: mutationCase(
    'actOnAssessmentConsequence',
    '$id: ID!',
    'id: $id, action: DISMISS, note: "甲方"',
    (b) => ({ id: b.consequence }),
  ),
};

/**
 * 考核's mutations naming B's rows: any answer but "not found" (or the caller's missing
 * permission), say a stage or a conflict, would tell A that the row exists.
 */
const NOT_FOUND_IN_A = new Set(
  Object.keys(ASSESSMENT_MUTATIONS).filter(
    (field) => !['createIndicatorSet', 'closeIndicatorYear'].includes(field),
  ),
);
const REFUSED_AS_MISSING = ['CORE_NOT_FOUND', 'CORE_FORBIDDEN'];

const SANCTION_INPUT = `{ kind: SUPERVISION_ADMONISHMENT, decisionDate: "2025-01-06",
  effectiveDate: "2025-01-06", issuingBody: "甲方机关", reason: "甲方事由" }`;

const MUTATIONS: Record<string, Case> = {
  ...SELECTION_MUTATIONS,
  ...ASSESSMENT_MUTATIONS,
  login: () => ({
    query: `mutation { login(username: "staff.a", password: "Wrong-password-1") ${RESULT} }`,
  }),
  logout: () => ({ query: `mutation { logout ${RESULT} }` }),
  recordCardPrint: (b) => ({
    query: `mutation ($c: ID!, $k: ID) { recordCardPrint(cadreId: $c, caseId: $k) ${RESULT} }`,
    variables: { c: b.cadre, k: b.workflowCase },
  }),
  saveAppointmentProposal: (b) => ({
    query: `mutation ($c: ID!, $k: ID!) { saveAppointmentProposal(cadreId: $c, caseId: $k,
      input: { reason: "甲方理由" }) ${RESULT} }`,
    variables: { c: b.cadre, k: b.workflowCase },
  }),
  recordRegistryExport: () => ({
    query: `mutation { recordRegistryExport(columns: ["name"], rows: 1) ${RESULT} }`,
  }),
  enablePlugin: () => ({ query: `mutation { enablePlugin(pluginId: "beta") ${RESULT} }` }),
  disablePlugin: () => ({ query: `mutation { disablePlugin(pluginId: "ghost") ${RESULT} }` }),
  configurePlugin: () => ({
    query: `mutation { configurePlugin(pluginId: "alpha", config: { threshold: 0.6 }) ${RESULT} }`,
  }),
  createUnit: (b) => ({
    query: `mutation ($p: ID) { createUnit(code: "A-UNDER-B", name: "甲", category: TOWNSHIP, parentId: $p) ${RESULT} }`,
    variables: { p: b.unit },
  }),
  createLeadershipTeam: (b) => ({
    query: `mutation ($u: ID!) { createLeadershipTeam(unitId: $u, name: "甲班子") ${RESULT} }`,
    variables: { u: b.unit },
  }),
  setPostQuota: (b) => ({
    query: `mutation ($u: ID!) { setPostQuota(unitId: $u, level: SECTION_DEPUTY, leadership: true, approved: 9) ${RESULT} }`,
    variables: { u: b.unit },
  }),
  addTeamMember: (b) => ({
    query: `mutation ($t: ID!, $c: ID!) { addTeamMember(teamId: $t,
      input: { cadreId: $c, role: MEMBER, postTitle: "甲方职务" }) ${RESULT} }`,
    variables: { t: b.team, c: b.cadre },
  }),
  updateTeamMember: (b) => ({
    query: `mutation ($id: ID!) { updateTeamMember(id: $id, input: { postTitle: "甲方职务" }) ${RESULT} }`,
    variables: { id: b.member },
  }),
  removeTeamMember: (b) => ({
    query: `mutation ($id: ID!) { removeTeamMember(id: $id) ${RESULT} }`,
    variables: { id: b.member },
  }),
  reorderTeamMembers: (b) => ({
    query: `mutation ($t: ID!, $m: [ID!]!) { reorderTeamMembers(teamId: $t, memberIds: $m) ${RESULT} }`,
    variables: { t: b.team, m: [b.member] },
  }),
  createOverQuotaPlan: (b) => ({
    query: `mutation ($u: ID!) { createOverQuotaPlan(unitId: $u, level: SECTION_DEPUTY,
      leadership: true, plan: "甲方消化计划", deadline: "2099-01-01") ${RESULT} }`,
    variables: { u: b.unit },
  }),
  recordOverQuotaProgress: (b) => ({
    query: `mutation ($p: ID!) { recordOverQuotaProgress(planId: $p, recordedOn: "2025-01-06",
      digested: 1, note: "甲方进展") ${RESULT} }`,
    variables: { p: b.plan },
  }),
  completeOverQuotaPlan: (b) => ({
    query: `mutation ($p: ID!) { completeOverQuotaPlan(planId: $p) ${RESULT} }`,
    variables: { p: b.plan },
  }),
  createCadre: (b) => ({
    query: `mutation ($input: CadreInput!) { createCadre(input: $input) ${RESULT} }`,
    variables: { input: cadreInput(b.unit, { name: '甲方干部' }) },
  }),
  updateCadre: (b) => ({
    query: `mutation ($id: ID!) { updateCadre(id: $id, input: { ethnicity: "回族" }) ${RESULT} }`,
    variables: { id: b.cadre },
  }),
  addCadrePost: (b) => ({
    query: `mutation ($c: ID!) { addCadrePost(cadreId: $c, input: { title: "甲职务", organization: "甲",
      startedOn: "2020-01-01", grassRoots: false }) ${RESULT} }`,
    variables: { c: b.cadre },
  }),
  updateCadrePost: (b) => ({
    query: `mutation ($id: ID!) { updateCadrePost(id: $id, input: { title: "改", organization: "改",
      startedOn: "2020-01-01", grassRoots: false }) ${RESULT} }`,
    variables: { id: b.post },
  }),
  removeCadrePost: (b) => ({
    query: `mutation ($id: ID!) { removeCadrePost(id: $id) ${RESULT} }`,
    variables: { id: b.post },
  }),
  verifyArchiveFact: (b) => ({
    query: `mutation ($c: ID!) { verifyArchiveFact(cadreId: $c, fact: BIRTH_DATE) ${RESULT} }`,
    variables: { c: b.cadre },
  }),
  createReservePool: () => ({
    query: `mutation { createReservePool(name: "甲方库", kind: RESERVE) ${RESULT} }`,
  }),
  addReservePoolEntry: (b) => ({
    query: `mutation ($p: ID!, $c: ID!) { addReservePoolEntry(poolId: $p, cadreId: $c,
      input: { source: "甲方来源", enteredOn: "2025-01-01", nextReviewOn: "2026-01-01" }) ${RESULT} }`,
    variables: { p: b.pool, c: b.cadre },
  }),
  createRole: () => ({
    query: `mutation { createRole(input: { key: "sweep-role", nameZh: "甲", nameEn: "A",
      grants: ["core.cadre.read"] }) ${RESULT} }`,
  }),
  setRoleGrants: (b) => ({
    query: `mutation ($r: ID!) { setRoleGrants(roleId: $r, grants: ["core.audit.read"]) ${RESULT} }`,
    variables: { r: b.role },
  }),
  createUser: (b) => ({
    query: `mutation ($r: [ID!]!) { createUser(input: { username: "sweep.user", displayName: "甲",
      password: "Sweep-password-1", roleIds: $r }) ${RESULT} }`,
    variables: { r: [b.role] },
  }),
  setUserRoles: (b) => ({
    query: `mutation ($u: ID!, $r: [ID!]!) { setUserRoles(userId: $u, roleIds: $r) ${RESULT} }`,
    variables: { u: b.user, r: [b.role] },
  }),
  // B's canary user by name, with a made-up enrollment: refused like any failed sign-in.
  confirmSecondFactor: () => ({
    query: `mutation { confirmSecondFactor(username: "staff.b", enrollmentToken: "${'e'.repeat(43)}", code: "123456") ${RESULT} }`,
  }),
  resetSecondFactor: (b) => ({
    query: `mutation ($u: ID!) { resetSecondFactor(userId: $u) ${RESULT} }`,
    variables: { u: b.user },
  }),
  setUserStatus: (b) => ({
    query: `mutation ($u: ID!) { setUserStatus(userId: $u, status: DISABLED) ${RESULT} }`,
    variables: { u: b.user },
  }),
  createApiKey: () => ({
    query: `mutation { createApiKey(input: { name: "甲方密钥", permissions: ["core.cadre.read"] }) ${RESULT} }`,
  }),
  revokeApiKey: (b) => ({
    query: `mutation ($id: ID!) { revokeApiKey(id: $id) ${RESULT} }`,
    variables: { id: b.apiKey },
  }),
  betaPing: () => ({ query: 'mutation { betaPing }' }),
  alphaOpenCase: () => ({ query: `mutation { alphaOpenCase(title: "甲方案件") ${RESULT} }` }),
  transitionCase: (b) => ({
    query: `mutation ($id: ID!) { transitionCase(input: { caseId: $id, transition: "submit",
      expectedVersion: 1, reason: "甲" }) ${RESULT} }`,
    variables: { id: b.workflowCase },
  }),
  runIntegrityCheck: (b) => ({
    query: `mutation ($c: ID!, $k: ID!) { runIntegrityCheck(cadreIds: [$c], caseId: $k) ${RESULT} }`,
    variables: { c: b.cadre, k: b.workflowCase },
  }),
  replayEvent: (b) => ({
    query: `mutation ($id: ID!) { replayEvent(id: $id) ${RESULT} }`,
    variables: { id: b.event },
  }),
  addCadreReward: (b) => ({
    query: `mutation ($c: ID!) { addCadreReward(cadreId: $c, input: { kind: COMMENDATION,
      title: "甲方嘉奖", decisionDate: "2024-01-05", issuingBody: "甲方机关" }) ${RESULT} }`,
    variables: { c: b.cadre },
  }),
  correctCadreReward: (b) => ({
    query: `mutation ($id: ID!) { correctCadreReward(id: $id, reason: "甲方更正", input: {
      kind: COMMENDATION, title: "甲方嘉奖", decisionDate: "2024-01-05", issuingBody: "甲方机关" })
      ${RESULT} }`,
    variables: { id: b.reward },
  }),
  revokeCadreReward: (b) => ({
    query: `mutation ($id: ID!) { revokeCadreReward(id: $id, reason: "甲方撤销") ${RESULT} }`,
    variables: { id: b.reward },
  }),
  addCadreSanction: (b) => ({
    query: `mutation ($c: ID!) { addCadreSanction(cadreId: $c, input: ${SANCTION_INPUT}) ${RESULT} }`,
    variables: { c: b.cadre },
  }),
  correctCadreSanction: (b) => ({
    query: `mutation ($id: ID!) { correctCadreSanction(id: $id, reason: "甲方更正",
      input: ${SANCTION_INPUT}) ${RESULT} }`,
    variables: { id: b.sanction },
  }),
  liftCadreSanction: (b) => ({
    query: `mutation ($id: ID!) { liftCadreSanction(id: $id, liftedOn: "2025-02-01",
      procedure: "甲方解除") ${RESULT} }`,
    variables: { id: b.sanction },
  }),
  revokeCadreSanction: (b) => ({
    query: `mutation ($id: ID!) { revokeCadreSanction(id: $id, reason: "甲方撤销") ${RESULT} }`,
    variables: { id: b.sanction },
  }),
  setAnnualGrade: (b) => ({
    query: `mutation ($c: ID!) { setAnnualGrade(cadreId: $c, year: 2024, grade: EXCELLENT,
      reason: "甲方更正") ${RESULT} }`,
    variables: { c: b.cadre },
  }),
  removeAnnualGrade: (b) => ({
    query: `mutation ($id: ID!) { removeAnnualGrade(id: $id, reason: "甲方删除") ${RESULT} }`,
    variables: { id: b.grade },
  }),
  addFamilyMember: (b) => ({
    query: `mutation ($c: ID!) { addFamilyMember(cadreId: $c, input: { relation: "妻子",
      name: "甲方" }) ${RESULT} }`,
    variables: { c: b.cadre },
  }),
  correctFamilyMember: (b) => ({
    query: `mutation ($id: ID!) { correctFamilyMember(id: $id, reason: "甲方更正",
      input: { relation: "妻子", name: "甲方" }) ${RESULT} }`,
    variables: { id: b.family },
  }),
  removeFamilyMember: (b) => ({
    query: `mutation ($id: ID!) { removeFamilyMember(id: $id, reason: "甲方删除") ${RESULT} }`,
    variables: { id: b.family },
  }),
  removeAttachment: (b) => ({
    query: `mutation ($id: ID!) { removeAttachment(id: $id, reason: "甲方删除") ${RESULT} }`,
    variables: { id: b.attachment },
  }),
};

const canary = {} as Canary;
/** Who sweeps; a user signs in again to log out, which would end the session the sweep uses. */
let clients: { name: string; client: GraphQLClient; username?: string }[] = [];
let bBefore: unknown;

/** What B holds, as the owner sees it: the sweep must leave it exactly so. */
const snapshotOfB = () =>
  h.db.asOwner(async (tx) => {
    const where = { districtId: h.tenants.b.id };
    return {
      audit: await tx.auditRecord.count({ where }),
      units: await tx.unit.findMany({ where, orderBy: { id: 'asc' } }),
      cadres: await tx.cadre.findMany({ where, orderBy: { id: 'asc' } }),
      posts: await tx.cadrePost.findMany({ where, orderBy: { id: 'asc' } }),
      roles: await tx.role.findMany({ where, orderBy: { id: 'asc' } }),
      users: await tx.user.findMany({ where, orderBy: { id: 'asc' } }),
      keys: await tx.apiKey.findMany({ where, orderBy: { id: 'asc' } }),
      cases: await tx.workflowCase.findMany({ where, orderBy: { id: 'asc' } }),
      events: await tx.outboxEvent.findMany({ where, orderBy: { id: 'asc' } }),
      selectionCases: await tx.selectionCase.findMany({ where, orderBy: { id: 'asc' } }),
      candidates: await tx.selectionCandidate.findMany({ where, orderBy: { id: 'asc' } }),
      opinions: await tx.deliberationOpinion.findMany({ where, orderBy: { id: 'asc' } }),
      reports: await tx.deliberationReport.findMany({ where, orderBy: { id: 'asc' } }),
      meetings: await tx.decisionMeeting.findMany({ where, orderBy: { id: 'asc' } }),
      objections: await tx.publicityObjection.findMany({ where, orderBy: { id: 'asc' } }),
      teamMembers: await tx.leadershipTeamMember.findMany({ where, orderBy: { id: 'asc' } }),
      plans: await tx.overQuotaPlan.findMany({ where, orderBy: { id: 'asc' } }),
      planSteps: await tx.overQuotaProgress.count({ where }),
      dueItems: await tx.dueItem.findMany({ where, orderBy: { id: 'asc' } }),
      rewards: await tx.cadreReward.findMany({ where, orderBy: { id: 'asc' } }),
      sanctions: await tx.cadreSanction.findMany({ where, orderBy: { id: 'asc' } }),
      grades: await tx.cadreAnnualGrade.findMany({ where, orderBy: { id: 'asc' } }),
      family: await tx.familyMember.findMany({ where, orderBy: { id: 'asc' } }),
      revisions: await tx.archiveRecordRevision.count({ where }),
      indicatorSets: await tx.indicatorSet.findMany({ where, orderBy: { id: 'asc' } }),
      indicators: await tx.indicator.findMany({ where, orderBy: { id: 'asc' } }),
      unitResults: await tx.unitIndicatorResult.findMany({ where, orderBy: { id: 'asc' } }),
      dailyRecords: await tx.dailyRecord.findMany({ where, orderBy: { id: 'asc' } }),
      evaluations: await tx.quarterlyEvaluation.findMany({ where, orderBy: { id: 'asc' } }),
      deductions: await tx.dailyDeduction.findMany({ where, orderBy: { id: 'asc' } }),
      rounds: await tx.assessmentRound.findMany({ where, orderBy: { id: 'asc' } }),
      subjects: await tx.evaluationSubject.findMany({ where, orderBy: { id: 'asc' } }),
      items: await tx.evaluationItem.findMany({ where, orderBy: { id: 'asc' } }),
      participants: await tx.roundParticipant.findMany({ where, orderBy: { id: 'asc' } }),
      scores: await tx.evaluationScore.findMany({ where, orderBy: { id: 'asc' } }),
      consequences: await tx.assessmentConsequence.findMany({ where, orderBy: { id: 'asc' } }),
      attachments: await tx.attachment.findMany({
        where,
        orderBy: { id: 'asc' },
        select: { id: true, sha256: true, removedAt: true },
      }),
    };
  });

async function one<T>(client: GraphQLClient, query: string, variables = {}): Promise<T> {
  const data = await client.data<Record<string, { data?: T } & T>>(query, variables);
  const value = defined(Object.values(data)[0]);
  return (value.data ?? value) as T;
}

beforeAll(async () => {
  const b = h.b;
  await b.data('mutation { enablePlugin(pluginId: "alpha") { __typename } }');
  await b.data('mutation { enablePlugin(pluginId: "selection") { __typename } }');
  await b.data('mutation { enablePlugin(pluginId: "assessment") { __typename } }');
  canary.unit = await createUnit(b, { code: 'CANARY-U', name: '金丝雀单位' });
  canary.cadre = await cadreId(b, cadreInput(canary.unit, { name: '金丝雀' }));
  canary.post = (
    await one<{ id: string }>(
      b,
      `mutation ($c: ID!) { addCadrePost(cadreId: $c, input: { title: "金丝雀职务",
        organization: "金丝雀单位", startedOn: "2015-01-01", grassRoots: true }) {
        ... on MutationAddCadrePostSuccess { data { id } } } }`,
      { c: canary.cadre },
    )
  ).id;
  canary.pool = (
    await one<{ id: string }>(
      b,
      `mutation { createReservePool(name: "金丝雀库", kind: RESERVE) {
        ... on MutationCreateReservePoolSuccess { data { id } } } }`,
    )
  ).id;
  canary.role = (
    await one<{ id: string }>(
      b,
      `mutation { createRole(input: { key: "canary", nameZh: "金丝雀角色", nameEn: "Canary",
        grants: ["core.cadre.read"] }) { ... on MutationCreateRoleSuccess { data { id } } } }`,
    )
  ).id;
  canary.user = (
    await one<{ id: string }>(
      b,
      `mutation ($r: [ID!]!) { createUser(input: { username: "canary.b", displayName: "金丝雀用户",
        password: "Canary-password-1", roleIds: $r }) { ... on MutationCreateUserSuccess { data { id } } } }`,
      { r: [canary.role] },
    )
  ).id;
  canary.apiKey = (
    await one<{ apiKey: { id: string } }>(
      b,
      `mutation { createApiKey(input: { name: "金丝雀密钥", permissions: ["core.cadre.read"] }) {
        ... on MutationCreateApiKeySuccess { data { apiKey { id } } } } }`,
    )
  ).apiKey.id;
  canary.workflowCase = (
    await one<{ id: string }>(
      b,
      `mutation { alphaOpenCase(title: "金丝雀案件") { ... on MutationAlphaOpenCaseSuccess { data { id } } } }`,
    )
  ).id;
  await b.data(
    `mutation ($c: ID!, $k: ID!) { runIntegrityCheck(cadreIds: [$c], caseId: $k) { __typename } }`,
    { c: canary.cadre, k: canary.workflowCase },
  );
  await h.db.transaction(h.tenants.b.id, async (tx) => {
    await tx.dueItem.create({
      data: {
        districtId: h.tenants.b.id,
        source: 'core',
        kind: 'canary',
        subjectType: 'Cadre',
        subjectId: 'canary',
        title: '金丝雀提醒',
        dueDate: new Date('2026-01-05'),
      },
    });
    await tx.outboxEvent.create({
      data: { districtId: h.tenants.b.id, type: 'core.canary.sung', payload: { name: '金丝雀' } },
    });
  });
  await canarySelection(b);
  await canaryTeamAndPlan(b);
  await canaryArchive(b);
  await canaryAssessment(b);
  const { outboxEvents } = await b.data<{ outboxEvents: { id: string; type: string }[] }>(
    '{ outboxEvents(first: 100) { id type } }',
  );
  canary.event = defined(outboxEvents.find((e) => e.type === 'core.canary.sung')).id;

  // A partner key of district A with every permission a key may hold.
  const { permissions } = await h.a.data<{ permissions: { key: string; sensitive: boolean }[] }>(
    '{ permissions { key sensitive } }',
  );
  const key = await one<{ secret: string }>(
    h.a,
    `mutation ($p: [String!]!) { createApiKey(input: { name: "甲方全权", permissions: $p,
      rateLimitPerMinute: 10000 }) { ... on MutationCreateApiKeySuccess { data { secret } } } }`,
    { p: permissions.filter((p) => !p.sensitive).map((p) => p.key) },
  );
  // Sensitive permissions are granted by their exact keys only: a user of A holding all of them
  // reaches the fields the administrator and the key are refused (sanctions, raising the 优秀 cap).
  const trusted = 'trusted.a';
  clients = [
    { name: 'user of A', client: h.a, username: h.tenants.a.username },
    { name: 'API key of A', client: new GraphQLClient(h.gateway.url).withToken(key.secret) },
    {
      name: 'user of A with every permission',
      client: await staffWith(
        h,
        trusted,
        permissions.map((p) => p.key),
      ),
      username: trusted,
    },
  ];
  bBefore = await snapshotOfB();
});

/** B's selection case with a candidate, and a row of each kind A's mutations could name. */
async function canarySelection(b: GraphQLClient) {
  const opened = await one<{ id: string }>(
    b,
    `mutation ($i: OpenSelectionCaseInput!) { openSelectionCase(input: $i) {
      ... on MutationOpenSelectionCaseSuccess { data { id } } } }`,
    { i: { ...SELECTION_MOTION(canary.unit), title: '金丝雀事项', postTitle: '金丝雀职务' } },
  );
  canary.selectionCase = opened.id;
  const nominated = await one<{ candidates: { id: string }[] }>(
    b,
    `mutation ($c: ID!, $d: ID!) { nominateSelectionCandidate(caseId: $c, cadreId: $d) {
      ... on MutationNominateSelectionCandidateSuccess { data { candidates { id } } } } }`,
    { c: canary.selectionCase, d: canary.cadre },
  );
  canary.candidate = defined(nominated.candidates[0]).id;
  const districtId = h.tenants.b.id;
  const caseId = rowIdOf(canary.selectionCase);
  const candidateId = rowIdOf(canary.candidate);
  await h.db.transaction(districtId, async (tx) => {
    const scope = { districtId, caseId };
    const on = new Date('2025-01-06');
    canary.opinion = `DeliberationOpinion:${(await tx.deliberationOpinion.create({ data: { ...scope, source: '金丝雀', opinion: '金丝雀', agrees: false, recordedOn: on } })).id}`;
    canary.report = `DeliberationReport:${(await tx.deliberationReport.create({ data: { ...scope, receivedOn: on, summary: '金丝雀' } })).id}`;
    canary.meeting = `DecisionMeeting:${(await tx.decisionMeeting.create({ data: { ...scope, body: 'STANDING_COMMITTEE', heldOn: on, shouldAttend: 9, present: 9, chair: '金丝雀', recorder: '金丝雀', signedByChair: true, signedByRecorder: true } })).id}`;
    canary.objection = `PublicityObjection:${(await tx.publicityObjection.create({ data: { ...scope, candidateId, receivedOn: on, summary: '金丝雀' } })).id}`;
  });
  for (const key of ['opinion', 'report', 'meeting', 'objection'] as const) {
    canary[key] = Buffer.from(canary[key]).toString('base64');
  }
}

/** B's team with the canary seated, and a digestion plan of the canary unit (over quota by one). */
async function canaryTeamAndPlan(b: GraphQLClient) {
  const team = await one<{ teams: { id: string }[] }>(
    b,
    `mutation ($u: ID!) { createLeadershipTeam(unitId: $u, name: "金丝雀班子") {
      ... on MutationCreateLeadershipTeamSuccess { data { teams { id } } } } }`,
    { u: canary.unit },
  );
  canary.team = defined(team.teams[0]).id;
  const seated = await one<{ members: { id: string }[] }>(
    b,
    `mutation ($t: ID!, $c: ID!) { addTeamMember(teamId: $t,
      input: { cadreId: $c, role: PRINCIPAL, postTitle: "金丝雀书记" }) {
      ... on MutationAddTeamMemberSuccess { data { members { id } } } } }`,
    { t: canary.team, c: canary.cadre },
  );
  canary.member = defined(seated.members[0]).id;
  await b.data(
    `mutation ($u: ID!) { setPostQuota(unitId: $u, level: SECTION_DEPUTY, leadership: true,
      approved: 0) { __typename } }`,
    { u: canary.unit },
  );
  canary.plan = (
    await one<{ id: string }>(
      b,
      `mutation ($u: ID!) { createOverQuotaPlan(unitId: $u, level: SECTION_DEPUTY,
        leadership: true, plan: "金丝雀消化计划", deadline: "2099-01-01") {
        ... on MutationCreateOverQuotaPlanSuccess { data { id } } } }`,
      { u: canary.unit },
    )
  ).id;
}

/** B's archive records of the canary: a reward, a grade, a family member, a sanction and a photo. */
async function canaryArchive(b: GraphQLClient) {
  const cadre = { c: canary.cadre };
  canary.reward = (
    await one<{ id: string }>(
      b,
      `mutation ($c: ID!) { addCadreReward(cadreId: $c, input: { kind: HONORARY_TITLE,
        title: "金丝雀称号", decisionDate: "2024-01-05", issuingBody: "金丝雀机关" }) {
        ... on MutationAddCadreRewardSuccess { data { id } } } }`,
      cadre,
    )
  ).id;
  canary.grade = (
    await one<{ id: string }>(
      b,
      `mutation ($c: ID!) { setAnnualGrade(cadreId: $c, year: 2024, grade: COMPETENT, note: "金丝雀") {
        ... on MutationSetAnnualGradeSuccess { data { id } } } }`,
      cadre,
    )
  ).id;
  canary.family = (
    await one<{ id: string }>(
      b,
      `mutation ($c: ID!) { addFamilyMember(cadreId: $c, input: { relation: "妻子", name: "金丝雀" }) {
        ... on MutationAddFamilyMemberSuccess { data { id } } } }`,
      cadre,
    )
  ).id;
  // B's administrator may not read sanctions (a sensitive permission), so the owner writes them.
  const districtId = h.tenants.b.id;
  const cadreId = rowIdOf(canary.cadre);
  await h.db.transaction(districtId, async (tx) => {
    const on = new Date('2025-01-06');
    const sanction = await tx.cadreSanction.create({
      data: {
        districtId,
        cadreId,
        kind: 'SUPERVISION_ADMONISHMENT',
        decisionDate: on,
        effectiveDate: on,
        issuingBody: '金丝雀机关',
        reason: '金丝雀事由',
      },
    });
    canary.sanction = Buffer.from(`CadreSanction:${sanction.id}`).toString('base64');
    const photo = await tx.attachment.create({
      data: {
        districtId,
        ownerType: 'CadrePhoto',
        ownerId: cadreId,
        fileName: '金丝雀.png',
        contentType: 'image/png',
        byteSize: 1,
        sha256: '0'.repeat(64),
        content: new Uint8Array([0]),
      },
    });
    canary.attachment = Buffer.from(`Attachment:${photo.id}`).toString('base64');
  });
}

/** B's indicator set for the canary unit's category, with an indicator and the unit's result. */
async function canaryIndicators(b: GraphQLClient) {
  canary.indicatorSet = (
    await one<{ id: string }>(
      b,
      `mutation { createIndicatorSet(year: 2025, unitCategory: PARTY_GOVERNMENT_ORGAN,
        title: "金丝雀指标") { ... on MutationCreateIndicatorSetSuccess { data { id } } } }`,
    )
  ).id;
  const saved = await one<{ indicators: { id: string }[] }>(
    b,
    `mutation ($s: ID!) { saveIndicator(setId: $s, input: { category: ECONOMIC,
      name: "金丝雀指标项", weight: 100, scoring: YES_NO }) {
      ... on MutationSaveIndicatorSuccess { data { indicators { id } } } } }`,
    { s: canary.indicatorSet },
  );
  canary.indicator = defined(saved.indicators[0]).id;
  canary.unitResult = (
    await one<{ id: string }>(
      b,
      `mutation ($i: ID!, $u: ID!) { recordUnitIndicatorResult(indicatorId: $i, unitId: $u,
        value: 1, note: "金丝雀") { ... on MutationRecordUnitIndicatorResultSuccess { data { id } } } }`,
      { i: canary.indicator, u: canary.unit },
    )
  ).id;
}

/** The canary's 平时考核 of 2025's first quarter: a weekly record, the evaluation, a deduction. */
async function canaryDaily(b: GraphQLClient) {
  const cadre = { c: canary.cadre };
  canary.dailyRecord = (
    await one<{ id: string }>(
      b,
      `mutation ($c: ID!) { submitDailyRecord(cadreId: $c, input: { kind: WEEKLY_RECORD,
        periodDate: "2025-01-06", content: "金丝雀周记实" }) {
        ... on MutationSubmitDailyRecordSuccess { data { id } } } }`,
      cadre,
    )
  ).id;
  canary.quarterlyEvaluation = (
    await one<{ id: string }>(
      b,
      `mutation ($c: ID!) { recordQuarterlyEvaluation(cadreId: $c, input: { year: 2025,
        quarter: 1, score: 95, grade: GOOD, comment: "金丝雀评语", evaluatedOn: "2025-03-31" }) {
        ... on MutationRecordQuarterlyEvaluationSuccess { data { id } } } }`,
      cadre,
    )
  ).id;
  canary.deduction = (
    await one<{ id: string }>(
      b,
      `mutation ($c: ID!) { recordDailyDeduction(cadreId: $c, input: { points: 1,
        reason: "金丝雀扣分", evidence: "金丝雀通报", recordedOn: "2025-02-03" }) {
        ... on MutationRecordDailyDeductionSuccess { data { id } } } }`,
      cadre,
    )
  ).id;
}

interface CanaryRound {
  id: string;
  version: number;
  workflowCase: { id: string };
  subjects: { id: string; kind: string }[];
  items: { id: string }[];
  participants: { edges: { node: { id: string } }[] };
}

/**
 * B's annual round of its leaders (the canary alone) in scoring, the canary scored by the
 * superiors, and a consequence: most writes to a round are open at this stage.
 */
async function canaryRound(b: GraphQLClient) {
  const round = await one<CanaryRound>(
    b,
    `mutation { openAssessmentRound(input: { kind: ANNUAL, group: LEADERS, year: 2025,
      title: "金丝雀考核" }) { ... on MutationOpenAssessmentRoundSuccess { data { id version
        workflowCase { id } subjects { id kind } items { id }
        participants(first: 10) { edges { node { id } } } } } } }`,
  );
  canary.round = round.id;
  canary.subject = defined(round.subjects.find((s) => s.kind === 'SUPERIOR')).id;
  canary.item = defined(round.items[0]).id;
  canary.participant = defined(round.participants.edges[0]).node.id;
  const scoring = await one<{ version: number }>(
    b,
    `mutation ($c: ID!, $v: Int!) { transitionCase(input: { caseId: $c,
      transition: "start-scoring", expectedVersion: $v }) {
      ... on MutationTransitionCaseSuccess { data { version } } } }`,
    { c: round.workflowCase.id, v: round.version },
  );
  defined(scoring.version, 'the round in scoring');
  const scores = round.items.map((item) => ({
    participantId: canary.participant,
    itemId: item.id,
    score: 90,
  }));
  const scored = await one<{ id: string }>(
    b,
    `mutation ($r: ID!, $s: [EvaluationScoreInput!]!) { recordEvaluationScores(roundId: $r,
      subject: SUPERIOR, scores: $s) { ... on MutationRecordEvaluationScoresSuccess { data { id } } } }`,
    { r: canary.round, s: scores },
  );
  defined(scored.id, 'the canary scored');
  // A concluded round proposes consequences; the owner writes one on this round instead.
  const districtId = h.tenants.b.id;
  const consequence = await h.db.transaction(districtId, (tx) =>
    tx.assessmentConsequence.create({
      data: {
        districtId,
        roundId: rowIdOf(canary.round),
        kind: 'COMMENDATION',
        cadreId: rowIdOf(canary.cadre),
        basis: '金丝雀优秀',
      },
    }),
  );
  canary.consequence = globalId('AssessmentConsequence', consequence.id);
}

/** B's assessment rows of the canary and its unit. */
async function canaryAssessment(b: GraphQLClient) {
  await canaryIndicators(b);
  await canaryDaily(b);
  await canaryRound(b);
}

/** The row id inside a global id. */
const rowIdOf = (id: string) => defined(Buffer.from(id, 'base64').toString().split(':')[1]);

function installedSubsets(): string[][] {
  const ids = installed.map((p) => p.id);
  return ids.reduce<string[][]>((sets, id) => [...sets, ...sets.map((s) => [...s, id])], [[]]);
}

/** Ids of B as they travel: raw uuids and the global ids the API hands out. */
function leaksOf(text: string): string[] {
  const ids = Object.values(canary).flatMap((id) => {
    const decoded = Buffer.from(id, 'base64').toString();
    return decoded.includes(':') ? [id, defined(decoded.split(':')[1])] : [id];
  });
  return [...ids, '金丝雀', h.tenants.b.id, '乙县'].filter((needle) => text.includes(needle));
}

const INTERNALS = /prisma|\bSELECT\b|\bINSERT\b|\bUPDATE\b|relation "|\.ts:\d+|\n\s+at /i;

describe('tenant isolation sweep', () => {
  it('has a case for every query and mutation field of every variant', () => {
    const fields = new Set<string>();
    for (const enabled of installedSubsets()) {
      const schema = h.gateway.variants.schemaFor(enabled);
      for (const type of [schema.getQueryType(), schema.getMutationType()]) {
        for (const name of Object.keys(type?.getFields() ?? {})) fields.add(name);
      }
    }
    const covered = new Set([...Object.keys(QUERIES), ...Object.keys(MUTATIONS)]);
    expect([...fields].filter((f) => !covered.has(f)).sort()).toEqual([]);
    expect([...covered].filter((f) => !fields.has(f)).sort()).toEqual([]);
  });

  it('gives the users and the API key of A nothing of B, and masks every internal error', async () => {
    // Building every variant above held the event loop past the server's keep-alive timeout: let
    // it close those idle connections before the sweep would send its first request on one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const failures: string[] = [];
    for (const { name, client, username } of clients) {
      for (const [field, make] of Object.entries({ ...QUERIES, ...MUTATIONS })) {
        const caller =
          field === 'logout' && username
            ? await h.anonymous.login(username, TEST_PASSWORD)
            : client;
        const { query, variables } = make(canary);
        const response = await caller.request<Record<string, { code?: string }>>(query, variables);
        const text = JSON.stringify(response);
        const leaks = leaksOf(text);
        if (leaks.length > 0) failures.push(`${name} ${field}: ${leaks.join(', ')} in ${text}`);
        if (INTERNALS.test(text)) failures.push(`${name} ${field}: internals in ${text}`);
        const code = response.data?.[field]?.code ?? '';
        if (NOT_FOUND_IN_A.has(field) && !REFUSED_AS_MISSING.includes(code)) {
          failures.push(`${name} ${field}: answered ${text}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('left every row of B as it was', async () => {
    expect(await snapshotOfB()).toEqual(bBefore);
  });
});
