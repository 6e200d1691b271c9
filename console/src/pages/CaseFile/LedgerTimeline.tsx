/**
 * 台账: every change of the case as the server recorded it (append-only): who, when, what, from →
 * to status, the note. Oldest first, as a ledger reads; the server's own Chinese action name is shown.
 * What supervision adds to the case — letters issued, the follow-up visit — is woven in at its time
 * (grey), so the whole story of the case reads in one line.
 */
import { Card, Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CaseStatus } from '../../gql/graphql';
import { CASE_STATUS, ROLE, SATISFACTION } from '../../locales/zh-CN/enums';
import { CASE_FILE } from '../../locales/zh-CN';
import { STATUS_COLOR } from './colors';

export const CaseLedgerFragment = graphql(`
  fragment CaseLedger on Case {
    history {
      id
      at
      action
      actionLabel
      fromStatus
      toStatus
      note
      version
      actor {
        id
        displayName
        roles
      }
    }
    supervision {
      followUp {
        rating
        comment
        at
      }
      letters {
        id
        number
        kindName
        issuedAt
        automatic
        to {
          id
          name
        }
      }
    }
  }
`);

const label = (s: CaseStatus | null | undefined) => (s ? CASE_STATUS[s] : null);

/** Settled, failed and refused steps stand out on the line. */
function dotColor(action: string, to: CaseStatus | null | undefined): string {
  if (to === 'RESOLVED' || to === 'CLOSED') return 'green';
  if (action === 'escalate' || to === 'REJECTED' || to === 'WITHDRAWN') return 'red';
  if (action === 'recordOutcome') return 'orange';
  return 'blue';
}

interface Row { key: string; at: string; color: string; node: React.ReactNode }

export default function LedgerTimeline(props: { case: FragmentType<typeof CaseLedgerFragment> }) {
  const { history, supervision } = getFragmentData(CaseLedgerFragment, props.case);
  const t = CASE_FILE.ledger;
  const rows: Row[] = history.map((e) => {
    const changed = e.fromStatus !== e.toStatus;
    return {
      key: e.id,
      at: e.at,
      color: dotColor(e.action, e.toStatus),
      node: (
        <div data-testid="ledger-entry" data-action={e.action} data-to={e.toStatus ?? ''}>
          <div>
            <Typography.Text strong>{e.actionLabel}</Typography.Text>
            {changed && e.toStatus && (
              <span style={{ marginInlineStart: 8 }}>
                {e.fromStatus && <><Tag style={{ marginInlineEnd: 4 }}>{label(e.fromStatus)}</Tag>→ </>}
                <Tag color={STATUS_COLOR[e.toStatus]} style={{ marginInlineStart: 4 }}>{label(e.toStatus)}</Tag>
              </span>
            )}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {stamp(e.at)} · {e.actor ? `${e.actor.displayName}（${e.actor.roles.map((r) => ROLE[r]).join('、')}）` : t.system}
          </Typography.Text>
          {e.note && <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }} data-testid="ledger-note">{e.note}</Typography.Paragraph>}
        </div>
      ),
    };
  });
  for (const l of supervision.letters) {
    rows.push({
      key: l.id, at: l.issuedAt, color: 'gray',
      node: (
        <div data-testid="ledger-entry" data-action="letter">
          <Typography.Text strong>{t.letter(l.kindName)}</Typography.Text> <Typography.Text type="secondary">{l.number}</Typography.Text>
          <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{stamp(l.issuedAt)} · {l.automatic ? t.system : t.supervision}{l.to ? ` · ${t.to(l.to.name)}` : ''}</Typography.Text></div>
        </div>
      ),
    });
  }
  if (supervision.followUp) {
    const f = supervision.followUp;
    rows.push({
      key: 'follow-up', at: f.at, color: 'gray',
      node: (
        <div data-testid="ledger-entry" data-action="followUp">
          <Typography.Text strong>{t.followUp(SATISFACTION[f.rating])}</Typography.Text>
          <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{stamp(f.at)}</Typography.Text></div>
          {f.comment && <Typography.Paragraph style={{ margin: '2px 0 0' }}>{f.comment}</Typography.Paragraph>}
        </div>
      ),
    });
  }
  // Stable: entries of the same instant keep the ledger's order, supervision's after them.
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => Date.parse(a.r.at) - Date.parse(b.r.at) || a.i - b.i).map((x) => x.r);
  return (
    <Card size="small" title={`${t.title}（${history.length}）`} data-testid="case-ledger">
      {ordered.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} /> : (
        <Timeline items={ordered.map((r) => ({ key: r.key, color: r.color, content: r.node }))} />
      )}
    </Card>
  );
}

const stamp = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss');
