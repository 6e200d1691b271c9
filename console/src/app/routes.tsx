/**
 * The screens: one folder per screen under src/pages/, loaded on demand (React.lazy) so the first
 * load carries only the shell. A screen is reachable when its access key (app/access.ts) is true for
 * the signed-in roles; the menu lists the ones with a `menu` label.
 *
 * Adding a screen: create src/pages/<Screen>/index.tsx (default export), add its access entry in
 * access.ts, add a row here. Its documents live in its folder and are typed by `npm run codegen`.
 */
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { matchPath } from 'react-router';
import { AlertOutlined, AuditOutlined, MessageOutlined, BarChartOutlined, CalendarOutlined, ControlOutlined, TeamOutlined, DashboardOutlined, EnvironmentOutlined, FormOutlined, MobileOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { AccessKey } from './access';
import { S, BOARD, EVALUATION, GRID_MAP, GRID_WORKER, INTAKE, MEETINGS, OUTBOX, POLICY, STATIONING, STATS, SUPERVISION } from '../locales/zh-CN';

export interface ScreenRoute {
  path: string;
  access: AccessKey;
  page: LazyExoticComponent<ComponentType>;
  /** Fetches the screen's code (what `page` renders once loaded). */
  load: () => Promise<unknown>;
  /** In the side menu under this label (leave out for pages reached by a link, like a case file). */
  menu?: { label: string; icon: ReactNode };
  /** 'phone': a page made for a 390-px phone, shown in the compact phone layout instead of the side-menu shell. */
  layout?: 'phone';
}

/** A screen's code, loaded on demand; `load` lets the page start fetching it before React asks. */
function screen(load: () => Promise<{ default: ComponentType }>) {
  return { load, page: lazy(load) };
}

export const SCREENS: ScreenRoute[] = [
  { path: '/m', access: 'gridWorker', layout: 'phone', ...screen(() => import('../pages/GridWorker')), menu: { label: GRID_WORKER.title, icon: <MobileOutlined /> } },
  { path: '/cases', access: 'caseList', ...screen(() => import('../pages/CaseList')), menu: { label: S.menu.cases, icon: <UnorderedListOutlined /> } },
  { path: '/intake', access: 'intake', ...screen(() => import('../pages/Intake')), menu: { label: INTAKE.title, icon: <FormOutlined /> } },
  { path: '/board', access: 'dispatchBoard', ...screen(() => import('../pages/DispatchBoard')), menu: { label: BOARD.title, icon: <DashboardOutlined /> } },
  { path: '/supervision', access: 'supervision', ...screen(() => import('../pages/Supervision')), menu: { label: SUPERVISION.menu, icon: <AlertOutlined /> } },
  { path: '/evaluation', access: 'evaluation', ...screen(() => import('../pages/Evaluation')), menu: { label: EVALUATION.menu, icon: <AuditOutlined /> } },
  { path: '/meetings', access: 'meetings', ...screen(() => import('../pages/Meetings')), menu: { label: MEETINGS.menu, icon: <CalendarOutlined /> } },
  { path: '/meetings/:id', access: 'meetings', ...screen(() => import('../pages/Meetings/MeetingPage')) },
  { path: '/statistics', access: 'statistics', ...screen(() => import('../pages/Statistics')), menu: { label: STATS.menu, icon: <BarChartOutlined /> } },
  { path: '/grid', access: 'gridMap', ...screen(() => import('../pages/GridMap')), menu: { label: GRID_MAP.title, icon: <EnvironmentOutlined /> } },
  { path: '/stationing', access: 'stationing', ...screen(() => import('../pages/Stationing')), menu: { label: STATIONING.menu, icon: <TeamOutlined /> } },
  { path: '/policy', access: 'countyPolicy', ...screen(() => import('../pages/CountyPolicy')), menu: { label: POLICY.menu, icon: <ControlOutlined /> } },
  { path: '/outbox', access: 'notificationOutbox', ...screen(() => import('../pages/Outbox')), menu: { label: OUTBOX.menu, icon: <MessageOutlined /> } },
  { path: '/cases/:id', access: 'caseFile', ...screen(() => import('../pages/CaseFile')) },
  { path: '/cases/:id/notice', access: 'intake', ...screen(() => import('../pages/IntakeNotice')) },
  { path: '/documents/:id/print', access: 'documentPrint', ...screen(() => import('../pages/DocumentPrint')) },
];

/**
 * Starts loading the code of the screen at `pathname` at once, in parallel with the shell's first
 * render and the session check, instead of after them (measured by `npm run bench -- … --sub console`).
 */
export function preloadScreen(pathname: string): void {
  const route = SCREENS.find((r) => matchPath({ path: r.path, end: true }, pathname));
  void route?.load().catch(() => undefined); // a failed load is retried and reported by React.lazy
}
