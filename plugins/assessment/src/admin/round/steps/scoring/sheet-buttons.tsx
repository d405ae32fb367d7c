import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useClient } from 'urql';
import {
  downloadBase64File,
  format,
  type Schema,
  ServerErrorAlert,
  SpreadsheetImportButton,
  useKitForm,
} from '@cadre/ui';
import { useScoringMessages } from './messages.ts';
import { ImportScoresMutation, ScoreTemplateQuery } from './queries.ts';

/**
 * 测评分数表 of one subject: the template (the participants, one column per item, the scores
 * recorded so far) to download, and the filled sheet to import, all rows or none.
 */
export function SheetButtons({
  roundId,
  subject,
  subjectName,
}: {
  roundId: string;
  subject: Schema.EvaluationSubjectKind;
  subjectName: string;
}) {
  const m = useScoringMessages();
  const client = useClient();
  const template = useKitForm();
  const download = template.once(async () => {
    template.errors.clear();
    const result = await client
      .query(ScoreTemplateQuery, { roundId, subject }, { requestPolicy: 'network-only' })
      .toPromise();
    const file = template.errors.check(result, 'evaluationScoreTemplate');
    if (file) downloadBase64File(file.fileName, file.base64);
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} loading={template.busy} onClick={() => void download()}>
          {m.template}
        </Button>
        <SpreadsheetImportButton
          document={ImportScoresMutation}
          field="importEvaluationScores"
          variables={(file) => ({ roundId, subject, file })}
          count={(data) => data.rows}
          label={format(m.importSheet, { subject: subjectName })}
        />
      </Space>
      <ServerErrorAlert errors={template.errors} />
    </>
  );
}
