/**
 * 调度大屏: the live dispatch board. County-wide by default (the user's own region), or one town or
 * village of the jurisdiction picked with the region picker. A wall screen uses the 全屏 button
 * (the board alone, without the side menu). The feed itself is EventFeed, remounted per region so
 * each region resumes from its own remembered cursor.
 */
import { useEffect, useRef, useState } from 'react';
import { Badge, Button, Card, Space } from 'antd';
import { FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import RegionCascader from '../../components/RegionCascader';
import { useSession } from '../../app/session-hooks';
import { BOARD } from '../../locales/zh-CN/board';
import EventFeed from './EventFeed';
import { useConnectionState } from './useConnectionState';

export default function DispatchBoardPage() {
  const session = useSession();
  const [regionId, setRegionId] = useState<string | null>(null);
  const conn = useConnectionState();
  const ref = useRef<HTMLDivElement>(null);
  const [full, setFull] = useState(false);
  useEffect(() => {
    const on = () => setFull(document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);
  const region = regionId ?? session?.user.region.id ?? '';
  const badge = conn.state === 'connected'
    ? <Badge status="success" text={BOARD.state.connected} />
    : conn.state === 'connecting'
      ? <Badge status="processing" text={BOARD.state.connecting} />
      : <Badge status="warning" text={BOARD.state.reconnecting(conn.attempt)} />;

  return (
    <div ref={ref} style={full ? { background: '#f5f5f5', padding: 16, height: '100vh', overflow: 'auto' } : undefined}>
      <Card
        title={BOARD.title}
        style={{ marginBottom: 12 }}
        extra={(
          <Space wrap>
            <span data-testid="board-connection">{badge}</span>
            <span>{BOARD.region}</span>
            <div style={{ width: 260 }}><RegionCascader value={region} onChange={(id) => setRegionId(id)} /></div>
            <Button
              icon={full ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
              onClick={() => (full ? document.exitFullscreen() : ref.current?.requestFullscreen())}
            >
              {full ? BOARD.exitFullscreen : BOARD.fullscreen}
            </Button>
          </Space>
        )}
      />
      {region && <EventFeed key={region} regionId={region} />}
    </div>
  );
}
