import type { Client, OperationResult } from 'urql';
import { type DocumentType, graphql } from '@cadre/ui';
import type { Label } from '@cadre/ui';
import type { RegistryColumn } from './registry-columns.tsx';
import { type CadreRow, CadresQuery } from './registry-query.ts';
import type { RegistryView } from './registry-state.ts';
import { filterArgument } from './registry-state.ts';

/** What left the system, in the audit trail: asked before the file is handed over. */
const RecordExportMutation = graphql(`
  mutation RegistryRecordExport($filter: CadreFilter, $columns: [String!]!, $rows: Int!) {
    recordRegistryExport(filter: $filter, columns: $columns, rows: $rows) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

/** The largest page the server gives: fewer requests for a long list. */
const PAGE = 200;

export interface ExportOptions {
  client: Client;
  view: RegistryView;
  columns: { column: RegistryColumn; title: string }[];
  t: (label: Label) => string;
  sheetName: string;
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

/** Every cadre of the filtered list, in the registry's order, page by page. */
async function allRows(options: ExportOptions): Promise<CadreRow[]> {
  const { client, view, onProgress, signal } = options;
  const rows: CadreRow[] = [];
  let after: string | null = null;
  for (;;) {
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
    const result: OperationResult<DocumentType<typeof CadresQuery>> = await client
      .query(
        CadresQuery,
        {
          filter: filterArgument(view.filter),
          orderBy: view.orderBy,
          descending: view.descending,
          first: PAGE,
          ...(after ? { after } : {}),
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const page = result.data?.cadres;
    if (!page) throw new Error(result.error?.message ?? 'no data');
    for (const edge of page.edges) rows.push(edge.node);
    onProgress(rows.length, page.totalCount);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return rows;
    after = page.pageInfo.endCursor;
  }
}

/** Writes the filtered list with the shown columns into an .xlsx workbook (exceljs loads now). */
export async function exportRegistry(
  options: ExportOptions,
): Promise<{ blob: Blob; count: number }> {
  const [rows, { default: ExcelJS }] = await Promise.all([allRows(options), import('exceljs')]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = options.columns.map(({ column, title }) => ({
    header: title,
    key: column.key,
    width: Math.max(8, Math.round((column.width ?? 100) / 7)),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows)
    sheet.addRow(
      Object.fromEntries(
        options.columns.map(({ column }) => [column.key, column.text(row, options.t)]),
      ),
    );
  const buffer = await workbook.xlsx.writeBuffer();
  // An export the trail does not know of is not saved.
  const recorded = await options.client
    .mutation(RecordExportMutation, {
      filter: filterArgument(options.view.filter),
      columns: options.columns.map(({ column }) => column.key),
      rows: rows.length,
    })
    .toPromise();
  const answer = recorded.data?.recordRegistryExport;
  if (answer?.__typename !== 'MutationRecordRegistryExportSuccess')
    throw new Error(
      (answer && 'message' in answer ? answer.message : null) ??
        recorded.error?.message ??
        'not recorded',
    );
  return {
    blob: new Blob([buffer], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    count: rows.length,
  };
}
