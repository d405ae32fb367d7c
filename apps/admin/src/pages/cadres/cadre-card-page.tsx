import { Form, Result, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  degreeLabels,
  educationLabels,
  format,
  genderLabels,
  type Label,
  politicalStatusLabels,
  type Schema,
  useLabel,
  usePageTitle,
  useViewer,
} from '@cadre/ui';
import { PhotoImage } from './archive/cadre-photo.tsx';
import { type CadreRecords, useCadreRecords } from './archive/use-cadre-records.ts';
import { ProposalText, useCardProposal } from './card-proposal.tsx';
import { annualResults, rewardsAndSanctions } from './card-texts.ts';
import { useCardMessages, useProfileMessages } from './messages.ts';
import { type CadreProfile, CadreProfileQuery } from './profile-query.ts';
import { yearMonth } from './registry-columns.tsx';
import './card.css';

type T = (label: Label) => string;

/** `大学本科 学士` as the form writes education and degree in one cell. */
function educationCell(level: Schema.Education | null, degree: Schema.Degree | null, t: T): string {
  const parts = [
    level ? t(educationLabels[level]) : '',
    degree && degree !== 'NONE' ? t(degreeLabels[degree]) : '',
  ];
  return parts.filter(Boolean).join('\n');
}

/** `区水务局一级科员`: the organization, unless the title already names it (as core words it). */
const postText = (organization: string, title: string) =>
  title.startsWith(organization) ? title : `${organization}${title}`;

/** 简历: one line per post, `1998.07—2003.05  单位职务`, oldest first. */
function Resume({ cadre, now }: { cadre: CadreProfile; now: string }) {
  return (
    <div className="card-resume-lines">
      {cadre.posts.map((p) => (
        <div key={p.id} className="card-resume-line">
          <span>
            {yearMonth(p.startedOn)}—{p.endedOn ? yearMonth(p.endedOn) : now}
          </span>
          <span>{postText(p.unit?.name ?? p.organization, p.title)}</span>
        </div>
      ))}
    </div>
  );
}

/** The form's family rows: as many as the archive holds, at least five to write in. */
const FAMILY_ROWS = 5;

/** 家庭主要成员及重要社会关系: 称谓, 姓名, 出生年月, 政治面貌, 工作单位及职务. */
function FamilyRows({ members, t }: { members: CadreRecords['familyMembers']; t: T }) {
  const blank = Math.max(0, FAMILY_ROWS - members.length);
  return (
    <>
      {members.map((f) => (
        <tr key={f.id} className="card-family">
          <td>{f.relation}</td>
          <td>{f.name}</td>
          <td>{yearMonth(f.birthDate)}</td>
          <td>{f.politicalStatus ? t(politicalStatusLabels[f.politicalStatus]) : ''}</td>
          <td>{f.workUnitAndPost ?? ''}</td>
        </tr>
      ))}
      {Array.from({ length: blank }, (_, row) => (
        <tr key={`blank-${row}`} className="card-family">
          <td />
          <td />
          <td />
          <td />
          <td />
        </tr>
      ))}
    </>
  );
}

/**
 * 干部任免审批表 in the standard grid, filled with what the archive holds and, for a case, what
 * the case proposed (拟任, 拟免, 任免理由), which staff complete on the form itself (编辑). Prints
 * on two A4 pages: the form, then its second page with the rewards, the assessments, the family
 * and the approvals. Labels break where the official form breaks them, never one character alone.
 */
export default function CadreCardPage() {
  const m = useCardMessages();
  const profile = useProfileMessages();
  const t = useLabel();
  const { viewer } = useViewer();
  const { id = '' } = useParams();
  const [{ data, fetching }] = useQuery({ query: CadreProfileQuery, variables: { id } });
  const { records } = useCadreRecords(id);
  const card = useCardProposal(id);
  const cell = (field: Parameters<typeof ProposalText>[0]['field'], label: string) => (
    <ProposalText field={field} label={label} editing={card.editing} proposal={card.proposal} />
  );
  const cadre = data?.cadre;
  usePageTitle(cadre ? `${cadre.name} · ${m.title}` : m.title);

  if (!cadre)
    return fetching || !data ? (
      <Skeleton active style={{ padding: 32 }} />
    ) : (
      <Result status="404" title={profile.notFound} />
    );

  const today = dayjs().format('YYYY.MM.DD');
  return (
    <div className="card-page">
      {card.toolbar}
      <Form form={card.form} component={false} onFinish={card.submit} onValuesChange={card.clear}>
        <article className="card-sheet" aria-labelledby="card-title">
          <h1 id="card-title">{m.title}</h1>
          <table className="card-grid">
            <colgroup>
              <col style={{ width: '13%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '18%' }} />
            </colgroup>
            <tbody>
              <tr>
                <th>{m.name}</th>
                <td>{cadre.name}</td>
                <th>{m.gender}</th>
                <td>{t(genderLabels[cadre.gender])}</td>
                <th>{m.born}</th>
                <td>
                  {format(m.bornValue, { month: yearMonth(cadre.birthDate), age: cadre.age })}
                </td>
                <td rowSpan={4} className="card-photo">
                  {cadre.photo ? (
                    <PhotoImage path={cadre.photo.downloadPath} className="card-photo-image" />
                  ) : (
                    m.photo
                  )}
                </td>
              </tr>
              <tr>
                <th>{m.ethnicity}</th>
                <td>{cadre.ethnicity}</td>
                <th>{m.nativePlace}</th>
                <td>{cadre.nativePlace}</td>
                <th>{m.birthPlace}</th>
                <td>{cadre.birthPlace ?? ''}</td>
              </tr>
              <tr>
                <th>{m.partyJoin}</th>
                <td>{yearMonth(cadre.partyJoinDate)}</td>
                <th>{m.workStart}</th>
                <td>{yearMonth(cadre.workStartDate)}</td>
                <th>{m.health}</th>
                <td>{cadre.healthStatus ?? ''}</td>
              </tr>
              <tr>
                <th>{m.techTitle}</th>
                <td colSpan={2}>{cadre.professionalTitle ?? ''}</td>
                <th>{m.speciality}</th>
                <td colSpan={2}>{cadre.specialty ?? ''}</td>
              </tr>
              <tr>
                <th rowSpan={2}>{m.educationDegree}</th>
                <th>{m.fullTime}</th>
                <td colSpan={2} className="card-pre">
                  {educationCell(cadre.fullTimeEducation, cadre.fullTimeDegree, t)}
                </td>
                <th>{m.school}</th>
                <td colSpan={2}>{cadre.fullTimeSchool ?? ''}</td>
              </tr>
              <tr>
                <th>{m.inService}</th>
                <td colSpan={2} className="card-pre">
                  {educationCell(cadre.inServiceEducation, cadre.inServiceDegree, t)}
                </td>
                <th>{m.school}</th>
                <td colSpan={2}>{cadre.inServiceSchool ?? ''}</td>
              </tr>
              <tr>
                <th colSpan={2}>{m.currentPost}</th>
                <td colSpan={5}>
                  {cadre.currentPost
                    ? postText(cadre.currentPost.organization, cadre.currentPost.title)
                    : ''}
                </td>
              </tr>
              <tr>
                <th colSpan={2}>{m.proposedPost}</th>
                <td colSpan={5}>{cell('proposedPost', m.proposedPost)}</td>
              </tr>
              <tr>
                <th colSpan={2}>{m.proposedRemoval}</th>
                <td colSpan={5}>{cell('proposedRemoval', m.proposedRemoval)}</td>
              </tr>
              <tr className="card-resume">
                <th className="card-vertical">{m.resume}</th>
                <td colSpan={6}>
                  <Resume cadre={cadre} now={m.now} />
                </td>
              </tr>
            </tbody>
          </table>
          <table className="card-grid card-second">
            <colgroup>
              <col style={{ width: '13%' }} />
              <col style={{ width: '10%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '39%' }} />
            </colgroup>
            <tbody>
              <tr className="card-tall">
                <th className="card-vertical">{m.rewards}</th>
                <td colSpan={5} className="card-text">
                  {records && rewardsAndSanctions(records, m, t)}
                </td>
              </tr>
              <tr className="card-mid">
                <th>{m.annual}</th>
                <td colSpan={5} className="card-text">
                  {records && annualResults(records, m, t)}
                </td>
              </tr>
              <tr className="card-mid">
                <th className="card-vertical">{m.reason}</th>
                <td colSpan={5} className="card-text">
                  {cell('reason', m.reason)}
                </td>
              </tr>
              <tr>
                <th
                  rowSpan={Math.max(FAMILY_ROWS, records?.familyMembers.length ?? 0) + 1}
                  className="card-vertical card-vertical-long"
                >
                  {m.family}
                </th>
                <th>{m.relation}</th>
                <th>{m.name}</th>
                <th>{m.bornMonth}</th>
                <th>{m.political}</th>
                <th>{m.workplace}</th>
              </tr>
              <FamilyRows members={records?.familyMembers ?? []} t={t} />
              <tr>
                <th>{m.submittedBy}</th>
                <td colSpan={2}>
                  <ProposalText
                    field="reportingUnit"
                    label={m.submittedBy}
                    editing={card.editing}
                    proposal={card.proposal}
                    fallback={viewer.district.name}
                  />
                </td>
                <th colSpan={2}>{m.filledOn}</th>
                <td>{today}</td>
              </tr>
              <tr className="card-mid">
                <th>{m.approval}</th>
                <td colSpan={5} className="card-opinion">
                  {cell('approvalOpinion', m.approval)}
                  <div className="card-seal">{m.seal}</div>
                </td>
              </tr>
              <tr className="card-mid">
                <th>{m.appointing}</th>
                <td colSpan={5} className="card-opinion">
                  {cell('appointingOpinion', m.appointing)}
                  <div className="card-seal">{m.seal}</div>
                </td>
              </tr>
            </tbody>
          </table>
        </article>
      </Form>
    </div>
  );
}
