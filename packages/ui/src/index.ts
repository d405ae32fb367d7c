export { LanguageProvider, useLanguage, type Language } from './i18n/language.tsx';
export { labelOf, useLabel, type Label } from './i18n/label.ts';
export { defineMessages, format } from './i18n/messages.ts';
export {
  defineAdminPlugin,
  type AdminPlugin,
  type AdminRoute,
  type DashboardWidget,
  type Loader,
  type NavEntry,
  type ProfileSection,
} from './plugin.ts';
export { mountedParts, type MountedParts } from './plugins/mounted.ts';
export { MountedPluginsProvider, useMountedPlugins } from './plugins/mounted-context.tsx';
export { LazyPart, lazyComponent } from './plugins/lazy-part.tsx';
export {
  canWith,
  useViewer,
  ViewerProvider,
  type Viewer,
  type ViewerState,
} from './viewer/viewer.tsx';
export { graphql, type DocumentType, type Schema } from './graphql.ts';
export { ServerErrorFragment } from './errors/error-fragment.ts';
export {
  fieldName,
  mutationOutcome,
  requestError,
  type FieldIssue,
  type Outcome,
  type ServerError,
  type SuccessData,
} from './errors/server-error.ts';
export { useServerErrors, type ServerErrors } from './errors/use-server-errors.ts';
export { ServerErrorAlert } from './errors/server-error-alert.tsx';
export { usePageTitle } from './page-title.ts';
export {
  archiveFactLabels,
  cadreStatusLabels,
  degreeLabels,
  educationLabels,
  genderLabels,
  identityLabels,
  labelOptions,
  managementAuthorityLabels,
  politicalStatusLabels,
  rankLabels,
  reservePoolKindLabels,
  unitCategoryLabels,
} from './domain/cadre-labels.ts';
export {
  annualGradeLabels,
  archiveRecordActionLabels,
  restrictionKindLabels,
  rewardKindLabels,
  sanctionKindLabels,
} from './domain/archive-labels.ts';
export { PageHeader } from './layout/page-header.tsx';
export { LoadError } from './layout/load-error.tsx';
export { Breadcrumbs, crumbsOf, PageNameProvider, type Crumb } from './layout/breadcrumbs.tsx';
export { UnitSelect } from './forms/unit-select.tsx';
export { CadreSearch } from './forms/cadre-search.tsx';
export {
  keepEnterInPickers,
  SCROLL_TO_FIRST_ERROR,
  useKitForm,
  type KitForm,
} from './forms/use-kit-form.ts';
export {
  idempotencyKeyOf,
  idempotent,
  newIdempotencyKey,
  type IdempotentContext,
} from './forms/idempotency.ts';
export { useStepMessages } from './records/messages.ts';
export { useRecord, type Recorder } from './records/use-record.ts';
export { StepForm, type StepFormProps } from './records/step-form.tsx';
export { RecordDialogButton } from './records/record-dialog-button.tsx';
export { RecordList, type RecordRow, type RecordTag } from './records/record-list.tsx';
export {
  SpreadsheetImportButton,
  type SpreadsheetImportButtonProps,
} from './spreadsheets/spreadsheet-import-button.tsx';
export { downloadBase64File, downloadFile, fileAsBase64 } from './spreadsheets/download.ts';
export { dateTimeText, dayText } from './i18n/dates.ts';
export type { WorkflowHistory, WorkflowRecord } from './workflow/queries.ts';
export { CaseMissing, OtherStageAlert } from './workflow/case-states.tsx';
export { NextSteps } from './workflow/next-steps.tsx';
export { HistoryCard } from './workflow/history-card.tsx';
export { StageTimeline, type StageProgress } from './workflow/stage-timeline.tsx';
