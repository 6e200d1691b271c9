/**
 * 督办: what a supervisor works through — overdue cases, cases in their warning window, the letters
 * issued, each department's accountability for the year, and the risk warnings — for a region of
 * the jurisdiction (the user's own by default). Region and tab live in the URL; every list is paged
 * by the server and its rows lead to the case file.
 */
import { useAccess } from '../../app/session-hooks';
import RegionTabsPage, { type RegionTab } from '../../components/RegionTabsPage';
import { SUPERVISION } from '../../locales/zh-CN';
import Accountability from './Accountability';
import DeadlineCases from './DeadlineCases';
import Letters from './Letters';
import Risks from './Risks';

export default function SupervisionPage() {
  const access = useAccess();
  const T = SUPERVISION.tabs, H = SUPERVISION.hints;
  const tabs: RegionTab[] = [
    { key: 'overdue', label: T.overdue, hint: H.overdue, render: (r) => <DeadlineCases key={r} regionId={r} which="overdue" /> },
    { key: 'warning', label: T.warning, hint: H.warning, render: (r) => <DeadlineCases key={r} regionId={r} which="warning" /> },
    { key: 'letters', label: T.letters, hint: H.letters, render: (r) => <Letters key={r} regionId={r} /> },
    ...(access.accountability ? [{ key: 'accountability', label: T.accountability, hint: H.accountability, render: (r: string) => <Accountability regionId={r} /> }] : []),
    { key: 'risks', label: T.risks, hint: H.risks, render: (r) => <Risks key={r} regionId={r} /> },
  ];
  return <RegionTabsPage title={SUPERVISION.title} regionLabel={SUPERVISION.region} testId="supervision-page" tabs={tabs} />;
}
