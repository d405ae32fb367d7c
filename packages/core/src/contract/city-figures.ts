import type { SqlClient } from '@cadre/db';
import type { Label } from './plugin.ts';

// 市级汇总: a city-level department sees its districts' figures, never their rows. Core counts
// cadres, quotas and due items; each plugin may add the headline figures of its own work (open
// selection cases, appointments this year …) for the districts that enable it.

export interface CityFiguresQuery {
  /**
   * The request's SQL. Row-level security hides every district from a city's request, so a
   * plugin reads through a SECURITY DEFINER function of its schema that takes `cityId` and
   * answers for that city's districts only (district.parent_id = cityId).
   */
  sql: SqlClient;
  cityId: string;
  /** Today in China, for figures of "this year" or "overdue". */
  today: Date;
}

export interface CityHeadlineFigure {
  /** Stable within the plugin, e.g. `open-cases`. */
  key: string;
  label: Label;
  /** The value per district id; a district the plugin left out counts as 0. */
  values: ReadonlyMap<string, number>;
}

/** A plugin's contribution; core shows each figure only for districts that enable the plugin. */
export type CityFiguresSource = (query: CityFiguresQuery) => Promise<CityHeadlineFigure[]>;
