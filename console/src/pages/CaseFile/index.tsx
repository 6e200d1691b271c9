/**
 * 案件卷宗: everything about one case on one page — header and deadline, what can be done now,
 * parties, assignments, 1+5+N consultations, possible duplicates, mediator recommendations,
 * supervision with printable letters, and the ledger.
 *
 * A case outside the jurisdiction reads as null from the graph: the page waits for the server's
 * answer (network only, nothing from the cache) and then shows 无权查看, so none of its data is ever
 * drawn. Actions send the version shown; when someone else changed the case meanwhile the server
 * answers CONFLICT, and the page reloads and says so instead of overwriting.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Divider, Row, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { errorMessage, hasCode } from '../../app/errors';
import { useAccess } from '../../app/session-hooks';
import Forbidden from '../../components/Forbidden';
import PageLoading from '../../components/PageLoading';
import { OPEN_STATUSES } from '../../utils/deadline';
import { CASE_FILE, S } from '../../locales/zh-CN';
import { CaseFileFieldsFragment } from './fields';
import { CaseFileContext, type CaseFileContextValue } from './context';
import CaseHeader from './CaseHeader';
import CaseActions, { type OpenAction } from './CaseActions';
import PartiesCard from './PartiesCard';
import AssignmentsCard from './AssignmentsCard';
import ConsultationsCard from './ConsultationsCard';
import RiskPlanCard from './RiskPlanCard';
import SessionsCard from './SessionsCard';
import AgreementCard from './AgreementCard';
import MeetingsCard from './MeetingsCard';
import DuplicatesCard from './DuplicatesCard';
import Recommendations from './Recommendations';
import SupervisionPanel from './SupervisionPanel';
import LedgerTimeline from './LedgerTimeline';

const CaseFileQuery = graphql(`
  query CaseFile($id: ID!) {
    case(id: $id) {
      id
      status
      allowedActions
      ...CaseFileFields
    }
  }
`);

/**
 * Supervision derives deadlines, letters (the 交办单) and follow-up eligibility from the event log a
 * moment after a change — about a second, longer on a busy server. The case file reads itself again
 * a few times after each action rather than once, so the letter shows up even when the consumer lags.
 */
const READ_MODEL_RELOADS_MS = [1500, 4000, 10_000];

export default function CaseFilePage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(CaseFileQuery, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const [conflict, setConflict] = useState(false);
  const [open, setOpen] = useState<OpenAction | null>(null);
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((t) => window.clearTimeout(t)), []);
  useEffect(() => setConflict(false), [id]);

  const c = data?.case ?? null;
  const fields = c ? getFragmentData(CaseFileFieldsFragment, c) : null;
  const reload = useCallback(async () => {
    await refetch().catch(() => undefined);
  }, [refetch]);
  const ctx = useMemo<CaseFileContextValue | null>(() => fields && ({
    caseId: fields.id,
    version: fields.version,
    reload,
    conflict() {
      setConflict(true);
      message.warning(CASE_FILE.actions.conflictTitle);
      void reload();
    },
    changed(what) {
      setConflict(false);
      message.success(CASE_FILE.actions.done(what));
      timers.current.forEach((t) => window.clearTimeout(t));
      timers.current = READ_MODEL_RELOADS_MS.map((ms) => window.setTimeout(() => void reload(), ms));
    },
  }), [fields, reload, message]);

  if (loading && !data) return <PageLoading />;
  // A malformed id is BAD_USER_INPUT: to the user it is a case that is not there, like one outside the jurisdiction.
  if (error && !data && !hasCode(error, 'BAD_USER_INPUT')) {
    return <Alert type="error" showIcon title={CASE_FILE.loadFailed} description={errorMessage(error)} action={<Button onClick={() => void refetch()}>{S.app.retry}</Button>} />;
  }
  if (!c || !fields || !ctx) return <Forbidden hint={CASE_FILE.notFound} />;

  const canAssign = access.assignCase && c.allowedActions.includes('ASSIGN');
  return (
    <CaseFileContext.Provider value={ctx}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="case-file">
        <Card size="small">
          <CaseHeader case={fields} extra={<Link to="/cases"><Button>{CASE_FILE.toList}</Button></Link>} />
          <Divider style={{ margin: '12px 0' }} />
          <CaseActions case={fields} open={open} onOpen={setOpen} />
        </Card>
        {conflict && (
          <Alert type="warning" showIcon closable onClose={() => setConflict(false)} title={CASE_FILE.actions.conflictTitle}
            description={CASE_FILE.actions.conflict} data-testid="case-conflict" />
        )}
        <DuplicatesCard case={fields} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <RiskPlanCard case={fields} />
              <PartiesCard case={fields} />
              <AssignmentsCard case={fields} />
              <SessionsCard case={fields} />
              <AgreementCard case={fields} />
              <ConsultationsCard case={fields} />
              {access.caseMeetings && <MeetingsCard caseId={c.id} />}
              {access.recommendMediators && OPEN_STATUSES.includes(c.status) && (
                <Recommendations caseId={c.id} canAssign={canAssign} onAssign={(mediatorId) => setOpen({ key: 'assign', mediatorId })} />
              )}
            </Space>
          </Col>
          <Col xs={24} xl={9}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <SupervisionPanel case={fields} />
              <LedgerTimeline case={fields} />
            </Space>
          </Col>
        </Row>
      </Space>
    </CaseFileContext.Provider>
  );
}
