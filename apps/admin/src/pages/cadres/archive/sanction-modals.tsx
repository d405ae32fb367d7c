import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { format, labelOptions, type Schema, sanctionKindLabels, useLabel } from '@cadre/ui';
import { isoDay } from '../../common/format.ts';
import { useArchiveMessages } from './messages.ts';
import { ReasonField, RecordModal, useRecordSaved } from './record-modal.tsx';
import {
  AddSanctionMutation,
  CorrectSanctionMutation,
  LiftSanctionMutation,
  type Sanction,
} from './records-query.ts';

interface SanctionValues {
  kind: Schema.SanctionKind;
  decisionDate: Dayjs;
  effectiveDate: Dayjs;
  issuingBody: string;
  documentNumber?: string | null;
  reason: string;
  probationMonths?: number | null;
  revisionReason?: string;
}

const valuesOf = (s: Sanction): SanctionValues => ({
  ...s,
  decisionDate: dayjs(s.decisionDate),
  effectiveDate: dayjs(s.effectiveDate),
});

/** 留党察看 lasts 12 or 24 months. */
const PROBATION_MONTHS = [12, 24];

interface Props {
  onClose: () => void;
  onChanged: () => void;
}

/** Adds a sanction, or corrects one with a reason; the probation only for 留党察看. */
export function SanctionModal({
  cadreId,
  sanction,
  onClose,
  onChanged,
}: Props & { cadreId: string; sanction?: Sanction }) {
  const m = useArchiveMessages();
  const t = useLabel();
  const saved = useRecordSaved(onChanged);
  const [, add] = useMutation(AddSanctionMutation);
  const [, correct] = useMutation(CorrectSanctionMutation);
  const required = [{ required: true }];
  return (
    <RecordModal<SanctionValues>
      title={sanction ? m.correctSanction : m.addSanction}
      initialValues={sanction && valuesOf(sanction)}
      onClose={onClose}
      onSubmit={async (
        { revisionReason = '', decisionDate, effectiveDate, ...values },
        errors,
        idempotent,
      ) => {
        const input = {
          ...values,
          decisionDate: isoDay(decisionDate),
          effectiveDate: isoDay(effectiveDate),
        };
        return sanction
          ? saved(
              errors,
              await correct({ id: sanction.id, input, reason: revisionReason }),
              'correctCadreSanction',
            )
          : saved(errors, await add({ cadreId, input }, idempotent), 'addCadreSanction');
      }}
    >
      <Form.Item name="kind" label={m.kind} rules={required}>
        <Select showSearch optionFilterProp="label" options={labelOptions(sanctionKindLabels, t)} />
      </Form.Item>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'PARTY_PROBATION' && (
            <Form.Item name="probationMonths" label={m.probationMonths} rules={required}>
              <Select
                options={PROBATION_MONTHS.map((months) => ({
                  value: months,
                  label: format(m.months, { months }),
                }))}
              />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="decisionDate" label={m.decisionDate} rules={required}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="effectiveDate" label={m.effectiveDate} rules={required}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="issuingBody" label={m.issuingBody} rules={required}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="documentNumber" label={m.documentNumber}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="reason" label={m.sanctionReason} rules={required}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      {sanction && <ReasonField label={m.correctReason} />}
    </RecordModal>
  );
}

/** 解除: lifts a sanction by procedure from a day on. */
export function LiftModal({ sanction, onClose, onChanged }: Props & { sanction: Sanction }) {
  const m = useArchiveMessages();
  const saved = useRecordSaved(onChanged);
  const [, lift] = useMutation(LiftSanctionMutation);
  const required = [{ required: true }];
  return (
    <RecordModal<{ liftedOn: Dayjs; procedure: string }>
      title={m.liftSanction}
      onClose={onClose}
      onSubmit={async ({ liftedOn, procedure }, errors) =>
        saved(
          errors,
          await lift({ id: sanction.id, liftedOn: isoDay(liftedOn), procedure }),
          'liftCadreSanction',
        )
      }
    >
      <Form.Item name="liftedOn" label={m.liftedOn} rules={required}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="procedure" label={m.procedure} rules={required}>
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
    </RecordModal>
  );
}
