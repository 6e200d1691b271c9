/**
 * The screens: one folder per screen under src/pages/, loaded on demand (React.lazy) so the first
 * load carries only the shell. A screen is reachable when its access key (app/access.ts) is true for
 * the signed-in roles; the menu lists the ones with a `menu` label.
 *
 * Adding a screen: create src/pages/<Screen>/index.tsx (default export), add its access entry in
 * access.ts, add a row here. Its documents live in its folder and are typed by `npm run codegen`.
 */
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { AlertOutlined, BarChartOutlined, DashboardOutlined, EnvironmentOutlined, FormOutlined, MobileOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { AccessKey } from './access';
import { S, BOARD, GRID_MAP, GRID_WORKER, INTAKE, STATS, SUPERVISION } from '../locales/zh-CN';

export interface ScreenRoute {
  path: string;
  access: AccessKey;
  page: LazyExoticComponent<ComponentType>;
  /** In the side menu under this label (leave out for pages reached by a link, like a case file). */
  menu?: { label: string; icon: ReactNode };
  /** 'phone': a page made for a 390-px phone, shown in the compact phone layout instead of the side-menu shell. */
  layout?: 'phone';
}

export const SCREENS: ScreenRoute[] = [
  { path: '/m', access: 'gridWorker', layout: 'phone', page: lazy(() => import('../pages/GridWorker')), menu: { label: GRID_WORKER.title, icon: <MobileOutlined /> } },
  { path: '/cases', access: 'caseList', page: lazy(() => import('../pages/CaseList')), menu: { label: S.menu.cases, icon: <UnorderedListOutlined /> } },
  { path: '/intake', access: 'intake', page: lazy(() => import('../pages/Intake')), menu: { label: INTAKE.title, icon: <FormOutlined /> } },
  { path: '/board', access: 'dispatchBoard', page: lazy(() => import('../pages/DispatchBoard')), menu: { label: BOARD.title, icon: <DashboardOutlined /> } },
  { path: '/supervision', access: 'supervision', page: lazy(() => import('../pages/Supervision')), menu: { label: SUPERVISION.menu, icon: <AlertOutlined /> } },
  { path: '/statistics', access: 'statistics', page: lazy(() => import('../pages/Statistics')), menu: { label: STATS.menu, icon: <BarChartOutlined /> } },
  { path: '/grid', access: 'gridMap', page: lazy(() => import('../pages/GridMap')), menu: { label: GRID_MAP.title, icon: <EnvironmentOutlined /> } },
  { path: '/cases/:id', access: 'caseFile', page: lazy(() => import('../pages/CaseFile')) },
  { path: '/cases/:id/notice', access: 'intake', page: lazy(() => import('../pages/IntakeNotice')) },
];
