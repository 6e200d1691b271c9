/**
 * One region's live feed: subscribes with `after` = the cursor remembered for the region (read once,
 * at mount and moved on at every drop; the parent remounts it per region), adds each event to its own state and storage — never
 * to the Apollo cache, so no other screen's query or form is refetched or reset by the stream.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSubscription } from '@apollo/client/react';
import { Alert, Card, Col, Empty, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { DispatchEventKind } from '../../gql/graphql';
import { apollo } from '../../app/client';
import { errorMessage } from '../../app/errors';
import { BOARD, EVENT_COLOR, EVENT_KIND } from '../../locales/zh-CN/board';
import { addEvent, loadBoard, saveBoard, todayCounts, type BoardEvent, type BoardState } from './board-store';

const BoardEvents = graphql(`
  subscription BoardEvents($regionId: ID, $after: String) {
    dispatchEvents(regionId: $regionId, after: $after) {
      cursor
      kind
      occurredAt
      region { id name }
      case { id code title }
      patrolTask { id title }
      keyPerson { id name tierLabel }
      note
    }
  }
`);

const fmtTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export default function EventFeed({ regionId }: { regionId: string }) {
  const [board, setBoard] = useState<BoardState>(() => loadBoard(window.sessionStorage, regionId));
  // graphql-ws resubscribes after a drop with the payload it first had, i.e. the `after` of the mount:
  // that would replay from there (or, with none, miss the gap). So at every close the feed moves
  // `after` to the last cursor held, and Apollo resubscribes with it when the socket is back.
  const [after, setAfter] = useState(() => board.lastCursor);
  const last = useRef(board.lastCursor);
  last.current = board.lastCursor;
  useEffect(() => apollo.ws.on('closed', () => setAfter(last.current)), []);
  const { error } = useSubscription(BoardEvents, {
    variables: { regionId, after },
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const e = data.data?.dispatchEvents;
      if (!e) return;
      const event: BoardEvent = {
        cursor: e.cursor, kind: e.kind, occurredAt: String(e.occurredAt), regionName: e.region.name,
        caseId: e.case?.id ?? null, caseCode: e.case?.code ?? null,
        subject: e.case?.title ?? e.patrolTask?.title ?? e.note ?? null,
        // Named only to those who may read key persons (null for everyone else).
        person: e.keyPerson ? BOARD.keyPerson(e.keyPerson.name, e.keyPerson.tierLabel) : null,
      };
      setBoard((prev) => addEvent(prev, event));
    },
  });
  useEffect(() => saveBoard(window.sessionStorage, regionId, board), [regionId, board]);
  const counts = useMemo(() => [...todayCounts(board.events, new Date())].sort((a, b) => b[1] - a[1]), [board.events]);

  return (
    <>
      {error && <Alert type="error" showIcon title={`${BOARD.failed}：${errorMessage(error)}`} style={{ marginBottom: 12 }} />}
      <Card size="small" title={BOARD.today} style={{ marginBottom: 12 }} data-testid="board-counters">
        {counts.length === 0 ? <Typography.Text type="secondary">0</Typography.Text> : (
          <Row gutter={[16, 8]}>
            {counts.map(([kind, n]) => (
              <Col key={kind} data-testid={`count-${kind}`}>
                <Statistic title={<Tag color={EVENT_COLOR[kind as DispatchEventKind]}>{EVENT_KIND[kind as DispatchEventKind] ?? kind}</Tag>} value={n} />
              </Col>
            ))}
          </Row>
        )}
      </Card>
      <Card size="small" extra={BOARD.total(board.events.length)}>
        {board.events.length === 0 ? <Empty description={BOARD.empty} /> : (
          // Plain rows, not antd List (deprecated in antd 6, warns on every render).
          <div style={{ maxHeight: 'calc(100vh - 330px)', minHeight: 240, overflow: 'auto' }}>
            {board.events.map((e) => (
              <Flex key={e.cursor} gap={12} align="center" style={{ padding: '6px 8px', borderBottom: '1px solid #f0f0f0' }}
                data-testid="board-event" data-cursor={e.cursor} data-case-code={e.caseCode ?? ''} data-kind={e.kind}>
                <span style={{ width: 160, flex: 'none' }}>{fmtTime(e.occurredAt)}</span>
                <Tag color={EVENT_COLOR[e.kind as DispatchEventKind]} style={{ width: 130, textAlign: 'center' }}>{EVENT_KIND[e.kind as DispatchEventKind] ?? e.kind}</Tag>
                <span style={{ width: 100, flex: 'none' }}>{e.regionName}</span>
                <span style={{ flex: 1, minWidth: 0 }}>
                  {e.caseId ? <Link to={`/cases/${e.caseId}`}>{e.caseCode} {e.subject}</Link> : e.subject}
                  {e.person && <Tag color="volcano" style={{ marginLeft: 8 }} data-testid="board-event-person">{e.person}</Tag>}
                </span>
              </Flex>
            ))}
          </div>
        )}
      </Card>
    </>
  );
}
