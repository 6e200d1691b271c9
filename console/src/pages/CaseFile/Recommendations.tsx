/**
 * 调解员推荐 ("专业调解资源难匹配"): the graph's ranking for this case with its score and its
 * Chinese reasons (specialty, language, proximity, load, gold team). One click assigns a mediator
 * (opens the 交办 form with them chosen) or books a gold mediator's studio.
 */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Progress, Space, Tag, Typography } from 'antd';
import { graphql } from '../../gql';
import { useAccess } from '../../app/session-hooks';
import { DISPUTE_TYPE } from '../../locales/zh-CN/enums';
import { CASE_FILE } from '../../locales/zh-CN';
import BookingModal from './BookingModal';

const RecommendDoc = graphql(`
  query CaseFileRecommendations($caseId: ID!) {
    recommendMediators(caseId: $caseId, first: 5) {
      score
      reasons
      mediator {
        id
        name
        title
        brand
        goldTeam
        bookable
        available
        activeCaseCount
        specialties
        languages
        center {
          id
          name
        }
      }
    }
  }
`);

export default function Recommendations({ caseId, canAssign, onAssign }: { caseId: string; canAssign: boolean; onAssign(mediatorId: string): void }) {
  const access = useAccess();
  const { data, loading } = useQuery(RecommendDoc, { variables: { caseId } });
  const [booking, setBooking] = useState<{ id: string; name: string } | null>(null);
  const t = CASE_FILE.recommend;
  const rows = data?.recommendMediators ?? [];
  return (
    <Card size="small" title={t.title} loading={loading && !data} data-testid="case-recommendations">
      {rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} /> : (
        rows.map((r, i) => (
          <div key={r.mediator.id} data-testid="recommendation" data-mediator={r.mediator.name}
            style={{ display: 'flex', gap: 12, padding: '10px 0', borderTop: i ? '1px solid #f0f0f0' : undefined }}>
            <Progress type="circle" size={48} percent={Math.round(r.score)} format={(p) => `${p}`} aria-label={`${t.score} ${Math.round(r.score)}`} />
            <div style={{ flex: 1, minWidth: 0 }}>
              <Space size={6} wrap>
                <Typography.Text strong>{r.mediator.name}</Typography.Text>
                {r.mediator.brand && <Tag color="gold">{r.mediator.brand}</Tag>}
                <Typography.Text type="secondary">{r.mediator.title} · {r.mediator.center.name} · {t.load(r.mediator.activeCaseCount)}</Typography.Text>
                {!r.mediator.available && <Tag>{t.onLeave}</Tag>}
              </Space>
              <div style={{ marginTop: 4 }}>
                {r.mediator.specialties.map((s) => <Tag key={s}>{DISPUTE_TYPE[s]}</Tag>)}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.mediator.languages.join('、')}</Typography.Text>
              </div>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="recommendation-reasons">
                {r.reasons.map((reason) => <li key={reason}>{reason}</li>)}
              </ul>
            </div>
            <Space orientation="vertical" size={6}>
              {canAssign && <Button size="small" onClick={() => onAssign(r.mediator.id)} data-testid="recommendation-assign">{t.assign}</Button>}
              {access.bookAppointment && r.mediator.bookable && r.mediator.available && (
                <Button size="small" type="primary" ghost onClick={() => setBooking({ id: r.mediator.id, name: r.mediator.brand ? `${r.mediator.name}（${r.mediator.brand}）` : r.mediator.name })} data-testid="recommendation-book">
                  {t.book}
                </Button>
              )}
            </Space>
          </div>
        ))
      )}
      {booking && <BookingModal caseId={caseId} mediatorId={booking.id} mediatorName={booking.name} onClose={() => setBooking(null)} />}
    </Card>
  );
}
