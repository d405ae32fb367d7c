import type { DeadlineSource } from '@cadre/core';
import { dailyDeadlines } from './daily-deadlines.ts';

// The plugin's deadlines that come due by date: each part's source, asked together.

const SOURCES: readonly DeadlineSource[] = [dailyDeadlines];

export const assessmentDeadlines: DeadlineSource = {
  due: async (query) => (await Promise.all(SOURCES.map((source) => source.due(query)))).flat(),
  selfClosing: SOURCES.flatMap((source) => source.selfClosing ?? []),
};
