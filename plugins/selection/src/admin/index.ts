import { createElement } from 'react';
import { BarChartOutlined, SolutionOutlined } from '@ant-design/icons';
import { defineAdminPlugin } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from './permissions.ts';

// 选拔任用's admin part: what the shell mounts where the district enables the plugin. Every page,
// section and widget is its own lazily loaded chunk; this file holds declarations only.

const CASES = { zh: '选任事项', en: 'Selection cases' };
const STATISTICS = { zh: '选任统计分析', en: 'Selection statistics' };

export default defineAdminPlugin({
  id: 'selection',
  nav: [
    {
      key: 'selection-cases',
      path: '/selection/cases',
      label: CASES,
      icon: createElement(SolutionOutlined),
      permission: P.read,
    },
    {
      key: 'selection-statistics',
      path: '/selection/statistics',
      label: STATISTICS,
      icon: createElement(BarChartOutlined),
      permission: P.statistics,
    },
  ],
  routes: [
    {
      path: '/selection/cases',
      load: () => import('./cases/cases-page.tsx'),
      title: CASES,
      permission: P.read,
    },
    {
      path: '/selection/cases/:id',
      load: () => import('./case/case-page.tsx'),
      title: { zh: '选任事项办理', en: 'Selection case' },
      permission: P.read,
    },
    {
      path: '/selection/cases/:id/record',
      load: () => import('./record/record-page.tsx'),
      title: { zh: '全程纪实表', en: 'Full-process record' },
      permission: P.read,
    },
    {
      path: '/selection/statistics',
      load: () => import('./statistics/statistics-page.tsx'),
      title: STATISTICS,
      permission: P.statistics,
    },
  ],
  profileSections: [
    {
      key: 'selection',
      title: { zh: '选拔任用记录', en: 'Selections' },
      load: () => import('./profile/cadre-selections.tsx'),
      permission: P.read,
    },
  ],
  dashboardWidgets: [
    {
      key: 'selection-stages',
      title: { zh: '在办选任事项', en: 'Open selection cases' },
      load: () => import('./widget/open-cases-widget.tsx'),
      permission: P.read,
    },
  ],
});
