import { parseDate, runDeadlines, todayInChina } from '@cadre/core';
import { installedPlugins } from '../plugins.ts';
import type { Command } from './command.ts';
import { withDatabase } from './database.ts';
import { UsageError } from './usage-error.ts';

/**
 * `cadre deadlines run [--date YYYY-MM-DD]`: what every gateway does hourly, once, for cron or an
 * operator; `--date` runs for another day (after a restore, or to see what a day will bring).
 * Exits 1 when a source or a district failed.
 */
export const deadlinesRunCommand: Command = {
  name: 'deadlines',
  sub: 'run',
  summary:
    'Create the due items that have come due by date in every district, close those that no longer apply [--date YYYY-MM-DD]',
  options: { date: { type: 'string' } },
  run: async (values) => {
    const text = values.date as string | undefined;
    const today = text === undefined ? todayInChina() : parseDate(text);
    if (!today) throw new UsageError(`--date must be a calendar date YYYY-MM-DD, not "${text}"`);
    let failed = false;
    await withDatabase(async (db) => {
      for (const run of await runDeadlines({ db, plugins: installedPlugins, today })) {
        console.log(
          `${run.districtCode}: 新增 ${run.created}，更新 ${run.updated}，关闭 ${run.closed} / ` +
            `created ${run.created}, updated ${run.updated}, closed ${run.closed}`,
        );
        for (const error of run.errors) console.error(`${run.districtCode}: ${error}`);
        failed ||= run.errors.length > 0;
      }
    });
    // Exit explicitly: the embedded database's runtime resets the exit code when it closes.
    if (failed) process.exit(1);
  },
};
