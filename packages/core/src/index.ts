export { CORE_SUBGRAPH, definePlugin, pluginSchemaName } from './contract/plugin.ts';
export type {
  CadrePlugin,
  Label,
  PluginId,
  PluginSchemaContext,
  PluginSeedContext,
} from './contract/plugin.ts';
export type {
  Credential,
  DistrictScope,
  Language,
  RequestContext,
  Viewer,
} from './contract/context.ts';
export type { AuditTargetType, AuditVocabulary } from './contract/audit.ts';
export type { DomainEvent, Emit, EventHandler } from './contract/events.ts';
export { setting, type SettingAnnotations } from './contract/settings.ts';
export type {
  FindingSeverity,
  IntegrityFinding,
  IntegrityFindingsSource,
  IntegrityPurpose,
  IntegrityQuery,
} from './contract/integrity.ts';
export type {
  CityFiguresQuery,
  CityFiguresSource,
  CityHeadlineFigure,
} from './contract/city-figures.ts';
export { CORE_PERMISSIONS, BUILT_IN_ROLES } from './domain/core-permissions.ts';
export { PermissionSet } from './domain/permissions.ts';
export type { PermissionSpec } from './domain/permissions.ts';
export { defineWorkflow, planTransition } from './domain/workflow.ts';
export type {
  CaseSnapshot,
  GuardRefusal,
  TransitionPlan,
  TransitionRefusal,
  TransitionSpec,
  WorkflowDefinition,
} from './domain/workflow.ts';
export {
  CadreError,
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  QueryLimitError,
  RuleViolationError,
  UnauthenticatedError,
} from './errors/cadre-error.ts';
export type { InputIssue } from './errors/cadre-error.ts';
export { bilingual, parseInput } from './errors/zod-issues.ts';
export type { Builder, Types } from './server/builder.ts';
export { SchemaVariants } from './server/schema-variants.ts';
export {
  budgetKind,
  DEFAULT_LIST_BOUND,
  LIST_BOUNDS,
  listCost,
  MAX_PAGE_SIZE,
  pageCost,
  QUERY_BUDGETS,
} from './server/query-budgets.ts';
export type { BudgetKind, QueryBudget } from './server/query-budgets.ts';
export { districtOf, viewerOf, actorOf } from './server/scope.ts';
export { auditSensitiveRead } from './server/sensitive-reads.ts';
export { auditedIn, writeAudited, changedFields, operatorIn, systemIn } from './services/audit.ts';
export { verifyDistrictChain } from './services/audit-verify.ts';
export type { ChainReport } from './services/audit-verify.ts';
export type { Actor, Audit, Transaction } from './services/audit.ts';
export {
  caseVersionOf,
  demoStaffIn,
  type DemoStaff,
  type DemoStaffMember,
} from './services/demo-staff.ts';
export {
  createDistrict,
  setPluginEnabled,
  configurePlugin,
  effectiveConfig,
} from './services/districts.ts';
export {
  confirmSecondFactor,
  createUser,
  resetSecondFactor,
  startSession,
} from './services/users.ts';
export {
  ADMINISTRATIVE_PERMISSIONS,
  clientAddress,
  isAdministrative,
  loginDelaySeconds,
} from './services/login-protection.ts';
export {
  LoginThrottledError,
  SecondFactorEnrollmentError,
  SecondFactorRequiredError,
} from './errors/login-errors.ts';
export {
  API_KEY_PREFIX,
  catalogOf,
  credentialContext,
  resolveCredential,
} from './services/credentials.ts';
export type { ResolvedCredential } from './services/credentials.ts';
export { builtInRoleRows } from './services/roles.ts';
export { createApiKey } from './services/api-keys.ts';
export { DEFAULT_SECURITY_POLICY, securityPolicyFromEnv } from './services/security-policy.ts';
export type { SecurityPolicy } from './services/security-policy.ts';
export { DEMO_DISTRICTS, insertDemoCity, planDemoCity } from './seed/index.ts';
export type { DemoCityPlan } from './seed/index.ts';
export {
  dispatchEvents,
  isEventType,
  outboxEmitter,
  replayDeadEvent,
  startEventDispatcher,
} from './services/events.ts';
export type {
  DispatchOptions,
  DispatchReport,
  EventDispatcher,
  EventDispatcherOptions,
} from './services/events.ts';
export { closeDueItem, dueItemsFor, recordDueItem } from './services/due-items.ts';
// Pinyin keys of names stored before they existed, filled after migrating.
export { fillNameKeys } from './services/cadre-name-keys.ts';
// The cadre card's proposal (拟任, 拟免, 任免理由) a plugin's case fills.
export { postText, proposeAppointment } from './services/appointment-proposals.ts';
export type { CaseProposal, ProposalScope } from './services/appointment-proposals.ts';
export type { DueItemKey, NewDueItem } from './services/due-items.ts';
// Deadlines that come due by date: the plugin contract, the recurrence helpers and the scheduler.
export type { Deadline, DeadlineQuery, DeadlineSource } from './contract/deadlines.ts';
export {
  dated,
  daysBefore,
  everyMonths,
  LOOK_BACK_DAYS,
  periodSubject,
  shownBy,
  yearlyOn,
} from './domain/deadlines.ts';
export type { Lead, MonthDay, Occurrence, Schedule } from './domain/deadlines.ts';
export { runDeadlines, startDeadlineScheduler } from './services/deadlines.ts';
export type {
  DeadlineRun,
  DeadlineScheduler,
  DeadlineSchedulerOptions,
  DistrictDeadlineRun,
} from './services/deadlines.ts';
export { WorkingDayCalendar, deadlineStanding } from './domain/working-days.ts';
export type { DeadlineStanding } from './domain/working-days.ts';
// The archive-date arithmetic and quota/rank tables, for plugins' pure rules.
export {
  addDays,
  addMonthsCivil,
  addYears,
  formatDate,
  fullYearsBetween,
  parseDate,
} from './domain/dates.ts';
export { EDUCATION_ORDER, educationAtLeast } from './domain/archive-facts.ts';
// The influence-period engine (影响期) and the names of the archive's code lists.
export {
  checkSanctionDates,
  governs,
  PROBATION_MONTHS,
  RESTRICTION_LABELS,
  RESTRICTION_ORDER,
  restrictionsInForce,
  restrictionsOf,
  restrictionSpan,
} from './domain/influence-periods.ts';
export type {
  InfluenceFact,
  Restriction,
  RestrictionKind,
  SanctionDateCode,
  SanctionDateIssue,
} from './domain/influence-periods.ts';
export {
  ANNUAL_GRADE_LABELS,
  REWARD_KIND_LABELS,
  SANCTION_FAMILY_LABELS,
  SANCTION_KIND_LABELS,
  SANCTION_KIND_SHORT_LABELS,
  sanctionFamily,
} from './domain/archive-labels.ts';
export type { SanctionFamily } from './domain/archive-labels.ts';
export {
  isoDuration,
  serviceBetween,
  serviceIn,
  serviceLabel,
  termEnd,
  type Period,
  type Service,
} from './domain/service-length.ts';
export { quotaFigures } from './domain/quota.ts';
export type { QuotaFigures } from './domain/quota.ts';
export { rankQuotaKey } from './domain/ranks.ts';
export {
  importCalendarDays,
  loadWorkingDayCalendar,
  shippedCalendarDays,
  validateCalendarDays,
} from './services/calendar.ts';
export type { CalendarDay, CalendarImport } from './services/calendar.ts';
export { caseRecord, findCase } from './services/case-record.ts';
export type { CaseRecord, CaseRecordEntry } from './services/case-record.ts';
export {
  openCase,
  openCaseIn,
  transitionCase,
  transitionCaseIn,
  workflowLookup,
} from './services/workflow.ts';
export type {
  Attachment,
  TransitionRequest,
  WorkflowLookup,
  WriteScope,
} from './services/workflow.ts';
export {
  FACT_LABELS as ARCHIVE_FACT_LABELS,
  runIntegrityCheck,
  storedFindings,
  unverifiedArchiveFacts,
} from './services/integrity.ts';
export { annualGradesOf, influenceFactsOf, restrictionsOfCadres } from './services/influence.ts';
export type { GradeOfYear } from './services/influence.ts';
// The archive's records (A14 rewards and sanctions, A15 grades, A36 family): plugins write them
// through these, inside their own `writeAudited` (assessment grades, supervision admonishments,
// rehabilitation lifts), never into the tables.
export {
  addFamilyMember,
  addReward,
  addSanction,
  ARCHIVE_EVENTS,
  correctFamilyMember,
  correctReward,
  correctSanction,
  liftSanction,
  removeAnnualGrade,
  removeFamilyMember,
  revokeReward,
  revokeSanction,
  setAnnualGrade,
} from './services/archive/index.ts';
export type {
  AnnualGradeInput,
  ArchiveRecordType,
  FamilyMemberInput,
  RewardInput,
  SanctionInput,
} from './services/archive/index.ts';
export type { IntegrityCheckResult, IntegrityScope, SourcedFinding } from './services/integrity.ts';
export { caseRecordPage, escapeHtml, renderCaseRecordHtml } from './server/case-record-html.ts';
// Files attached to archive records, cases and cadres: the contract, and what the gateway's
// HTTP routes call (uploads and downloads do not go through GraphQL).
export { DOCUMENT_KINDS } from './contract/attachments.ts';
export type {
  AttachmentChange,
  AttachmentOwner,
  AttachmentOwnerQuery,
  FileKind,
  FoundOwner,
} from './contract/attachments.ts';
export { ownerRow } from './services/attachment-owners.ts';
export {
  ATTACHMENT_TOO_LARGE,
  ATTACHMENT_TYPE_REFUSED,
  attachFile,
  downloadAttachment,
  uploadLimit,
} from './services/attachments.ts';
export type { AttachmentInfo, AttachmentScope, Upload } from './services/attachments.ts';
export { attachmentScope } from './server/attachment.ts';
// Spreadsheet imports (.xlsx): a spec of columns and cell parsers, read all or nothing with every
// problem named by row and column; templates written from the same spec.
export {
  readSpreadsheet,
  SPREADSHEET_MAX_BYTES,
  SPREADSHEET_MAX_ROWS,
  SPREADSHEET_MAX_UNPACKED_BYTES,
  spreadsheetError,
  writeSpreadsheet,
} from './services/spreadsheet.ts';
export type { SpreadsheetRead } from './services/spreadsheet.ts';
export {
  cellProblem,
  cellValue,
  filled,
  numberCell,
  problemText,
  textCell,
} from './domain/spreadsheet.ts';
export type {
  CellParser,
  CellResult,
  CellValue,
  SheetProblem,
  SheetRow,
  SpreadsheetColumn,
  SpreadsheetSpec,
} from './domain/spreadsheet.ts';
// For plugins' schema slices: today's date where the departments work, the highest of a cadre's
// two educations, quota lines per unit, ids that can name a row, and Prisma selections.
export { todayInChina } from './domain/dates.ts';
export { highestEducation } from './domain/archive-facts.ts';
export { isUuid } from './domain/ids.ts';
export { isGlobalIdOf } from './server/global-ids.ts';
export { quotaAtRank, quotaLines } from './services/quotas.ts';
export type { QuotaLine } from './services/quotas.ts';
export { selecting } from './server/prisma-query.ts';
export { batchedPrisma } from './server/batched-prisma.ts';
export { groupRows, loaderFor } from './server/loaders.ts';
// A list a loader read whole and in order, paged as a connection (offset cursors).
export { resolveArrayConnection } from '@pothos/plugin-relay';
export type { CoreRefs } from './server/index.ts';
