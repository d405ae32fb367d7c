import { createElement } from 'react';
import {
  AuditOutlined,
  CalendarOutlined,
  FundOutlined,
  OrderedListOutlined,
} from '@ant-design/icons';
import { defineAdminPlugin } from '@cadre/ui';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';

// 考核's admin part: what the shell mounts where the district enables the plugin. Every page,
// section and widget is its own lazily loaded chunk; this file holds declarations only. The daily
// assessment and the results open to a unit's assessor for the own unit (`own-unit.read`, which
// the office's `assessment.*` also holds); the pages widen to every unit for `daily.read`.

const ROUNDS = { zh: '年度及专项考核', en: 'Assessment rounds' };
const DAILY = { zh: '平时考核', en: 'Daily assessment' };
const INDICATORS = { zh: '考核指标体系', en: 'Indicators' };
const RESULTS = { zh: '考核结果', en: 'Assessment results' };

export default defineAdminPlugin({
  id: 'assessment',
  nav: [
    {
      key: 'assessment-rounds',
      path: '/assessment/rounds',
      label: ROUNDS,
      icon: createElement(AuditOutlined),
      permission: P.readRounds,
    },
    {
      key: 'assessment-daily',
      path: '/assessment/daily',
      label: DAILY,
      icon: createElement(CalendarOutlined),
      permission: P.readOwnUnit,
    },
    {
      key: 'assessment-indicators',
      path: '/assessment/indicators',
      label: INDICATORS,
      icon: createElement(OrderedListOutlined),
      permission: P.readIndicators,
    },
    {
      key: 'assessment-results',
      path: '/assessment/results',
      label: RESULTS,
      icon: createElement(FundOutlined),
      permission: P.readOwnUnit,
    },
  ],
  routes: [
    {
      path: '/assessment/rounds',
      load: () => import('./rounds/rounds-page.tsx'),
      title: ROUNDS,
      permission: P.readRounds,
    },
    {
      path: '/assessment/rounds/:id',
      load: () => import('./round/round-page.tsx'),
      title: { zh: '考核办理', en: 'Assessment round' },
      permission: P.readRounds,
    },
    {
      path: '/assessment/daily',
      load: () => import('./daily/daily-page.tsx'),
      title: DAILY,
      permission: P.readOwnUnit,
    },
    {
      path: '/assessment/indicators',
      load: () => import('./indicators/indicators-page.tsx'),
      title: INDICATORS,
      permission: P.readIndicators,
    },
    {
      path: '/assessment/results',
      load: () => import('./results/results-page.tsx'),
      title: RESULTS,
      permission: P.readOwnUnit,
    },
  ],
  profileSections: [
    {
      key: 'assessment',
      title: { zh: '考核情况', en: 'Assessments' },
      load: () => import('./profile/cadre-assessments.tsx'),
      permission: P.readRounds,
    },
  ],
  dashboardWidgets: [
    {
      key: 'assessment-grades',
      title: { zh: '年度考核等次分布', en: 'Annual grades by unit' },
      load: () => import('./widget/grade-distribution-widget.tsx'),
      permission: P.readRounds,
    },
    {
      key: 'assessment-consequences',
      title: { zh: '待办考核结果运用', en: 'Consequences pending' },
      load: () => import('./widget/pending-consequences-widget.tsx'),
      permission: P.readRounds,
    },
  ],
});
