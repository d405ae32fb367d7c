import { type CityFiguresSource, formatDate } from '@cadre/core';
import { FINAL_STAGES, SELECTION_CASE_TYPE } from './stages.ts';

/**
 * 选拔任用 in a city's roll-up: the cases under way and the appointments in effect this year, per
 * district, through the plugin's SECURITY DEFINER function (the city's request sees no rows).
 */
export const selectionCityFigures: CityFiguresSource = async ({ sql, cityId, today }) => {
  const rows = await sql.query<{
    district_id: string;
    open_cases: bigint | number;
    appointed_this_year: bigint | number;
  }>('SELECT * FROM selection.city_headline_figures($1::uuid, $2::date, $3, $4::text[])', [
    cityId,
    formatDate(today),
    SELECTION_CASE_TYPE,
    [...FINAL_STAGES],
  ]);
  const values = (column: 'open_cases' | 'appointed_this_year') =>
    new Map(rows.map((r) => [r.district_id, Number(r[column])]));
  return [
    {
      key: 'open-cases',
      label: { zh: '在办选任事项', en: 'Selections under way' },
      values: values('open_cases'),
    },
    {
      key: 'appointed-this-year',
      label: { zh: '本年任职', en: 'Appointed this year' },
      values: values('appointed_this_year'),
    },
  ];
};
