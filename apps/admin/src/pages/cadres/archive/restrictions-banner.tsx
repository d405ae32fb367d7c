import { Alert } from 'antd';
import { format, labelOf, restrictionKindLabels, useLabel } from '@cadre/ui';
import { useArchiveMessages } from './messages.ts';
import type { Restriction } from './records-query.ts';

/**
 * The restrictions of influence periods in force today (影响期): what each bars, until when, and
 * why. Only sanction readers get them; nothing shows for a cadre free of them.
 */
export function RestrictionsBanner({
  restrictions,
}: {
  restrictions: readonly Restriction[] | null | undefined;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  if (!restrictions?.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="profile-card restrictions-banner"
      title={format(m.restrictionsTitle, { count: restrictions.length })}
      description={
        <ul>
          {restrictions.map((r) => (
            <li key={r.restriction}>
              {format(m.restriction, {
                what: t(restrictionKindLabels[r.restriction]),
                until: r.until ? format(m.until, { date: r.until }) : m.openEnded,
                why: t(labelOf(r.explanationZh, r.explanationEn)),
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
