import { Flex, theme } from 'antd';
import { format } from '@cadre/ui';
import { useDailyMessages } from './messages.ts';

/** One period (a week, a month) of a cadre: recorded, over without a record, or still to come. */
type Standing = 'recorded' | 'missing' | 'upcoming';

/**
 * A row of squares, one per period of the quarter, coloured by standing; each names its period
 * and standing for a pointer and a screen reader alike.
 */
export function PeriodGrid({
  periods,
  recorded,
  missing,
  name,
}: {
  /** The first day of each period, in order. */
  periods: readonly string[];
  recorded: readonly string[];
  missing: readonly string[];
  /** What a period is called (`2026-11-30 至 2026-12-06`). */
  name: (start: string) => string;
}) {
  const m = useDailyMessages();
  const { token } = theme.useToken();
  const colors: Record<Standing, string> = {
    recorded: token.colorSuccess,
    missing: token.colorError,
    upcoming: token.colorFillSecondary,
  };
  const standing = (start: string): Standing =>
    recorded.includes(start) ? 'recorded' : missing.includes(start) ? 'missing' : 'upcoming';
  return (
    <Flex gap={3} wrap role="list">
      {periods.map((start) => {
        const s = standing(start);
        const label = format(m.periodStanding, { period: name(start), standing: m[s] });
        return (
          <span
            key={start}
            role="listitem"
            aria-label={label}
            title={label}
            style={{
              display: 'inline-block',
              width: 12,
              height: 12,
              borderRadius: 2,
              background: colors[s],
            }}
          />
        );
      })}
    </Flex>
  );
}
