import { format, useLabel } from '@cadre/ui';
import { percent } from '../common/numbers.ts';
import { decisionBodyLabels, methodLabels, objectionStatusLabels } from '../labels.ts';
import { useRecordMessages } from './messages.ts';
import type { CaseRecord } from './queries.ts';

/** What each step recorded, one line each: the tallies, the inspection, the vote, the publicity. */
export function RecordSteps({ record: c }: { record: CaseRecord }) {
  const m = useRecordMessages();
  const t = useLabel();
  const nameOf = (id: string) => c.candidates.find((x) => x.id === id)?.cadre.name ?? '';
  return (
    <>
      <h2>{m.recommendation}</h2>
      {c.rounds.length === 0 && <p>{m.none}</p>}
      {c.rounds.map((round) => (
        <p key={round.id}>
          {format(m.roundLine, {
            method: t(methodLabels[round.method]),
            day: round.heldOn,
            count: round.tally.participants,
          })}
          ：
          {round.tally.candidates
            .map(
              (line) =>
                `${nameOf(line.candidate.id)} ${line.total}（${percent(line.share)}，${line.concentrated ? m.concentrated : m.notConcentrated}）`,
            )
            .join('；')}
        </p>
      ))}
      <h2>{m.inspectionStep}</h2>
      <p>
        {c.inspection
          ? format(m.inspectionLine, {
              from: c.inspection.startsOn,
              to: c.inspection.endsOn ?? m.none,
              announced: c.inspection.announcedOn ?? m.none,
              team: c.teamMembers
                .map((member) => `${member.name}${member.supervisor ? m.supervisor : ''}`)
                .join('、'),
            })
          : m.none}
      </p>
      <h2>{m.decision}</h2>
      {c.meetings.length === 0 && <p>{m.none}</p>}
      {c.meetings.map((meeting) => (
        <div key={meeting.id}>
          <p>
            {format(m.meetingLine, {
              body: t(decisionBodyLabels[meeting.body]),
              day: meeting.heldOn,
              should: meeting.shouldAttend,
              present: meeting.present,
              chair: meeting.chair,
              recorder: meeting.recorder,
            })}
            {!meeting.inForce && m.reconsidered}
          </p>
          <ul>
            {meeting.votes.map((vote) => (
              <li key={vote.candidate.id}>
                {nameOf(vote.candidate.id)}：
                {format(m.votes, {
                  for: vote.inFavour,
                  against: vote.against,
                  abstain: vote.abstain,
                })}
                ，{vote.passed ? m.passed : m.notPassed}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h2>{m.publicity}</h2>
      <p>
        {c.publicity
          ? format(m.publicityLine, {
              from: c.publicity.startsOn,
              to: c.publicity.endsOn,
              days: c.publicity.workingDays,
            })
          : m.none}
      </p>
      {c.objections.map((o) => (
        <p key={o.id}>
          {m.objection}（{nameOf(o.candidate.id)}，{t(objectionStatusLabels[o.status])}）：
          {o.summary}
        </p>
      ))}
    </>
  );
}
