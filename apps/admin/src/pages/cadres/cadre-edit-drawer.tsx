import { App, Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import {
  archiveFactLabels,
  cadreStatusLabels,
  degreeLabels,
  educationLabels,
  format,
  genderLabels,
  identityLabels,
  labelOptions,
  managementAuthorityLabels,
  politicalStatusLabels,
  rankLabels,
  type Schema,
  ServerErrorAlert,
  useLabel,
  useKitForm,
} from '@cadre/ui';
import { useProfileMessages } from './messages.ts';
import { type CadreProfile, UpdateCadreMutation } from './profile-query.ts';

const DATE_FIELDS = ['birthDate', 'partyJoinDate', 'workStartDate', 'rankSince'] as const;
type DateField = (typeof DATE_FIELDS)[number];
const TEXT_FIELDS = [
  'name',
  'gender',
  'ethnicity',
  'nativePlace',
  'birthPlace',
  'politicalStatus',
  'fullTimeEducation',
  'fullTimeDegree',
  'fullTimeSchool',
  'inServiceEducation',
  'inServiceDegree',
  'inServiceSchool',
  'identity',
  'rank',
  'status',
  'managementAuthority',
  'healthStatus',
  'professionalTitle',
  'specialty',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Values = Record<DateField, Dayjs | null> & Record<TextField, string | null>;

/** Which verified archive fact a field belongs to: changing it clears the verification. */
const FACT_OF_FIELD: Partial<Record<DateField | TextField, Schema.ArchiveFact>> = {
  birthDate: 'BIRTH_DATE',
  partyJoinDate: 'PARTY_JOIN_DATE',
  workStartDate: 'WORK_START_DATE',
  fullTimeEducation: 'EDUCATION',
  fullTimeDegree: 'EDUCATION',
  fullTimeSchool: 'EDUCATION',
  inServiceEducation: 'EDUCATION',
  inServiceDegree: 'EDUCATION',
  inServiceSchool: 'EDUCATION',
  identity: 'IDENTITY',
};

function valuesOf(cadre: CadreProfile): Values {
  const dates = Object.fromEntries(
    DATE_FIELDS.map((f) => [f, cadre[f] ? dayjs(cadre[f]) : null]),
  ) as Record<DateField, Dayjs | null>;
  const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, cadre[f] ?? null])) as Record<
    TextField,
    string | null
  >;
  return { ...dates, ...texts };
}

/** Only what changed goes to the server: the fields, as `CadreUpdateInput` takes them. */
function changes(before: Values, after: Values): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const f of DATE_FIELDS) {
    const value = after[f]?.format('YYYY-MM-DD') ?? null;
    if (value !== (before[f]?.format('YYYY-MM-DD') ?? null)) out[f] = value;
  }
  for (const f of TEXT_FIELDS) {
    const value =
      typeof after[f] === 'string' && after[f].trim() === '' ? null : (after[f] ?? null);
    if (value !== before[f]) out[f] = value;
  }
  return out;
}

/**
 * Edits a cadre record. The server checks every rule; its messages appear under the fields in
 * Chinese (or English) and what was typed stays. Changing a verified archive fact asks first.
 */
export function CadreEditDrawer({
  cadre,
  open,
  onClose,
}: {
  cadre: CadreProfile;
  open: boolean;
  onClose: () => void;
}) {
  const m = useProfileMessages();
  const t = useLabel();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kit = useKitForm(form);
  const { errors } = kit;
  const [, update] = useMutation(UpdateCadreMutation);

  const save = async (values: Values) => {
    const input = changes(valuesOf(cadre), values);
    if (Object.keys(input).length === 0) return onClose();
    const verified = new Set(cadre.verifications.map((v) => v.fact));
    const lost = [
      ...new Set(
        Object.keys(input).flatMap((f) => {
          const fact = FACT_OF_FIELD[f as DateField | TextField];
          return fact && verified.has(fact) ? [fact] : [];
        }),
      ),
    ];
    if (
      lost.length > 0 &&
      !(await modal.confirm({
        title: m.confirmTitle,
        content: format(m.confirmText, {
          facts: lost.map((f) => t(archiveFactLabels[f])).join('、'),
        }),
        okText: m.confirmOk,
        cancelText: m.cancel,
      }))
    )
      return;
    const saved = errors.check(await update({ id: cadre.id, input }), 'updateCadre');
    if (!saved) return;
    void message.success(m.saved);
    onClose();
  };

  const select = (labels: Parameters<typeof labelOptions>[0], allowClear = false) => (
    <Select options={labelOptions(labels, t)} allowClear={allowClear} />
  );
  const date = <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />;
  const required = [{ required: true, message: m.required }];

  return (
    <Drawer
      title={m.editTitle}
      open={open}
      onClose={onClose}
      size={720}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{m.cancel}</Button>
          <Button type="primary" loading={kit.busy} onClick={() => form.submit()}>
            {m.save}
          </Button>
        </Space>
      }
    >
      <ServerErrorAlert errors={errors} />
      <Form<Values>
        {...kit.formProps}
        layout="vertical"
        initialValues={valuesOf(cadre)}
        onFinish={kit.once(save)}
        onValuesChange={() => errors.clear()}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="name" label={m.name} rules={required}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="gender" label={m.gender} rules={required}>
              {select(genderLabels)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ethnicity" label={m.ethnicity} rules={required}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nativePlace" label={m.nativePlace} rules={required}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="birthPlace" label={m.birthPlace}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="birthDate" label={m.birthDate} rules={required}>
              {date}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="politicalStatus" label={m.political} rules={required}>
              {select(politicalStatusLabels)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="partyJoinDate" label={m.partyJoinDate}>
              {date}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="workStartDate" label={m.workStartDate} rules={required}>
              {date}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="fullTimeEducation" label={`${m.fullTime} · ${m.education}`}>
              {select(educationLabels, true)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="fullTimeDegree" label={`${m.fullTime} · ${m.degree}`}>
              {select(degreeLabels, true)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="fullTimeSchool" label={`${m.fullTime} · ${m.school}`}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="inServiceEducation" label={`${m.inService} · ${m.education}`}>
              {select(educationLabels, true)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="inServiceDegree" label={`${m.inService} · ${m.degree}`}>
              {select(degreeLabels, true)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="inServiceSchool" label={`${m.inService} · ${m.school}`}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="identity" label={m.identity} rules={required}>
              {select(identityLabels)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="rank" label={m.rank} rules={required}>
              {select(rankLabels)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="rankSince" label={m.rankSince} rules={required}>
              {date}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={m.status} rules={required}>
              {select(cadreStatusLabels)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="managementAuthority" label={m.authority} rules={required}>
              {select(managementAuthorityLabels)}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="healthStatus" label={m.healthStatus}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="professionalTitle" label={m.professionalTitle}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="specialty" label={m.specialty}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
