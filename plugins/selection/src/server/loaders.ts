import {
  districtOf,
  loaderFor,
  loadWorkingDayCalendar,
  type RequestContext,
  type WorkingDayCalendar,
} from '@cadre/core';
import type { Unit, WorkflowCase } from '@cadre/db/client';
import type { SelectionConfig } from '../domain/index.ts';
import { selectionConfigOf } from './config.ts';

// Core rows a page of selection rows refers to, each kind loaded once per request.

/** The workflow case behind a selection case (same id): its title, stage and version. */
export async function workflowCaseOf(ctx: RequestContext, caseId: string): Promise<WorkflowCase> {
  const found = await loaderFor<WorkflowCase | null>(
    ctx,
    'selection.workflowCase',
    async (ids) =>
      (
        await ctx.prisma.workflowCase.findMany({
          where: { districtId: districtOf(ctx).id, id: { in: [...ids] } },
        })
      ).map((row) => [row.id, row]),
    null,
  ).load(caseId);
  if (!found) throw new Error(`workflow case of selection case ${caseId} missing`);
  return found;
}

export async function unitOf(ctx: RequestContext, unitId: string): Promise<Unit> {
  const found = await loaderFor<Unit | null>(
    ctx,
    'selection.unit',
    async (ids) =>
      (
        await ctx.prisma.unit.findMany({
          where: { districtId: districtOf(ctx).id, id: { in: [...ids] } },
        })
      ).map((row) => [row.id, row]),
    null,
  ).load(unitId);
  if (!found) throw new Error(`unit ${unitId} missing`);
  return found;
}

/** The district's selection settings, read once per request. */
export function configOf(ctx: RequestContext): Promise<SelectionConfig> {
  const districtId = districtOf(ctx).id;
  return loaderFor<SelectionConfig | null>(
    ctx,
    'selection.config',
    async (keys) => {
      const config = await selectionConfigOf(ctx.prisma, districtId);
      return keys.map((key) => [key, config]);
    },
    null,
  )
    .load(districtId)
    .then((config) => config ?? Promise.reject(new Error('selection settings missing')));
}

/** The working-day calendar, read once per request (every publicity of a page judges by it). */
export function calendarOf(ctx: RequestContext): Promise<WorkingDayCalendar> {
  return loaderFor<WorkingDayCalendar | null>(
    ctx,
    'selection.calendar',
    async (keys) => {
      const calendar = await loadWorkingDayCalendar(ctx.prisma);
      return keys.map((key) => [key, calendar]);
    },
    null,
  )
    .load('calendar')
    .then((calendar) => calendar ?? Promise.reject(new Error('working-day calendar missing')));
}
