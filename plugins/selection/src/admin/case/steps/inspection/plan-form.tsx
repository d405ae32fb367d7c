import { Card, DatePicker, Descriptions, Form, Input, Space } from 'antd';
import { StepForm, useLabel, useRecord, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { type Dayjs, dayjs, dayOf, optionalDayOf, pickerDay } from '../../../common/dates.ts';
import { preAnnouncementProblems } from '../../../rules.ts';
import { type InspectionCase, RecordPlanMutation } from './queries.ts';
import { RuleProblems } from '../rule-problems.tsx';
import { candidatesIn } from '../step-props.ts';
import { useInspectionMessages } from './messages.ts';

interface PlanValues {
  plan: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  announcedOn?: Dayjs | null;
  timeAndGoal?: string;
  supervisionPhone?: string;
  reportChannels?: string;
}

/**
 * 考察方案 and 考察预告. The four publics (四个公开) are checked as they are typed, with the rule
 * the step "start the deliberation" will check: who is inspected, time and goal, the team and a
 * supervision phone, how to report problems.
 */
export function PlanForm({
  selectionCase: c,
  open,
}: {
  selectionCase: InspectionCase;
  open: boolean;
}) {
  const m = useInspectionMessages();
  const t = useLabel();
  const { can } = useViewer();
  const [form] = Form.useForm<PlanValues>();
  const record = useRecord(RecordPlanMutation, 'recordInspectionPlan', form);
  const typed = Form.useWatch([], form);
  const editing = open && can(P.record);
  const inspection = c.inspection;
  // The notice as typed while it is edited, else as recorded.
  const notice = editing && typed ? typed : inspection;
  const problems = [
    ...(notice?.announcedOn ? [] : [m.notAnnounced]),
    ...preAnnouncementProblems({
      subjects: candidatesIn(c, ['LISTED']).map((l) => l.cadre.name),
      timeAndGoal: notice?.timeAndGoal ?? null,
      teamMembers: c.teamMembers.map((member) => member.name),
      supervisionPhone: notice?.supervisionPhone ?? null,
      reportChannels: notice?.reportChannels ?? null,
    }).map(t),
  ];

  const submit = (values: PlanValues) =>
    record.submit({
      caseId: c.id,
      input: {
        plan: values.plan,
        startsOn: dayOf(values.startsOn),
        endsOn: optionalDayOf(values.endsOn),
        announcedOn: optionalDayOf(values.announcedOn),
        timeAndGoal: values.timeAndGoal || null,
        supervisionPhone: values.supervisionPhone || null,
        reportChannels: values.reportChannels || null,
      },
    });

  return (
    <Card size="small" title={m.plan}>
      <RuleProblems problems={problems} ok={m.publicsDone} />
      {editing ? (
        <StepForm<PlanValues>
          name="selection-plan"
          form={form}
          errors={record.errors}
          busy={record.busy}
          submitText={m.savePlan}
          onSubmit={submit}
          initialValues={{
            plan: inspection?.plan,
            startsOn: pickerDay(inspection?.startsOn) ?? dayjs(),
            endsOn: pickerDay(inspection?.endsOn),
            announcedOn: pickerDay(inspection?.announcedOn),
            timeAndGoal: inspection?.timeAndGoal ?? undefined,
            supervisionPhone: inspection?.supervisionPhone ?? undefined,
            reportChannels: inspection?.reportChannels ?? undefined,
          }}
        >
          <Form.Item name="plan" label={m.planText} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Space wrap size={16}>
            <Form.Item name="startsOn" label={m.startsOn} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="endsOn" label={m.endsOn}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="announcedOn" label={m.announcedOn}>
              <DatePicker />
            </Form.Item>
          </Space>
          <Form.Item name="timeAndGoal" label={m.timeAndGoal}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="supervisionPhone" label={m.supervisionPhone}>
            <Input maxLength={40} inputMode="tel" />
          </Form.Item>
          <Form.Item name="reportChannels" label={m.reportChannels}>
            <Input maxLength={500} />
          </Form.Item>
        </StepForm>
      ) : (
        inspection && (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'plan', label: m.planText, span: 'filled', children: inspection.plan },
              { key: 'starts', label: m.startsOn, children: inspection.startsOn },
              { key: 'ends', label: m.endsOn, children: inspection.endsOn ?? '—' },
              { key: 'announced', label: m.announcedOn, children: inspection.announcedOn ?? '—' },
              { key: 'goal', label: m.timeAndGoal, children: inspection.timeAndGoal ?? '—' },
              {
                key: 'phone',
                label: m.supervisionPhone,
                children: inspection.supervisionPhone ?? '—',
              },
              {
                key: 'channels',
                label: m.reportChannels,
                children: inspection.reportChannels ?? '—',
              },
            ]}
          />
        )
      )}
    </Card>
  );
}
