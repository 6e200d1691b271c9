/**
 * 事发位置 for 随手拍, as one form field whose value is [lng, lat]: the phone's position when the
 * browser gives it, else the grid's centre; a tap on the small map of the grid sets it by hand (and
 * wins over a later fix). Says in Chinese where the point came from and what to do when it is off.
 */
import { useEffect, useState } from 'react';
import { AimOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { contains, type LngLat, type Ring } from '../../components/GridGeo/geo';
import { GRID_WORKER } from '../../locales/zh-CN/grid';
import GridPointPicker from './GridPointPicker';
import { useGeolocation } from './useGeolocation';

const T = GRID_WORKER.report;

interface Props {
  grid: { id: string; name: string; boundary: unknown };
  rings: Ring[];
  centre: LngLat;
  value?: LngLat | null;
  onChange?: (point: LngLat) => void;
  /** Changes after a report is sent: the next one starts from a fresh fix, not the last tap. */
  resetKey: number;
}

export default function LocationField({ grid, rings, centre, value, onChange, resetKey }: Props) {
  const [attempt, setAttempt] = useState(0);
  const geo = useGeolocation(attempt);
  const [picked, setPicked] = useState(false);
  const [outsideTap, setOutsideTap] = useState(false);

  useEffect(() => setPicked(false), [resetKey]);

  // Follow the fix (or the centre without one) until the user picks a point by hand.
  useEffect(() => {
    if (picked) return;
    if (geo.state === 'located') onChange?.(geo.point);
    else if (geo.state !== 'locating') onChange?.(centre);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geo, picked, centre[0], centre[1], resetKey]);

  const located = geo.state === 'located' && !picked;
  const outside = located && !contains(rings, geo.point);
  let status: React.ReactNode;
  if (picked) status = <Typography.Text type="success">{T.picked}</Typography.Text>;
  else if (geo.state === 'locating') status = <Typography.Text type="secondary">{T.locating}</Typography.Text>;
  else if (geo.state === 'located') status = <Typography.Text type="success">{T.located(geo.accuracy)}</Typography.Text>;
  else status = <Alert type="warning" showIcon title={geo.state === 'denied' ? T.denied : T.unavailable} />;

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="report-location" data-source={picked ? 'map' : geo.state === 'located' ? 'gps' : geo.state === 'locating' ? 'locating' : 'centre'}>
      {status}
      {outside && <Alert type="warning" showIcon title={T.locatedOutside} />}
      {outsideTap && <Typography.Text type="danger">{T.pickOutside}</Typography.Text>}
      <GridPointPicker
        grid={grid}
        rings={rings}
        value={value ?? null}
        onPick={(p) => {
          setPicked(true);
          setOutsideTap(false);
          onChange?.(p);
        }}
        onPickOutside={() => setOutsideTap(true)}
      />
      <Space wrap>
        <Typography.Text type="secondary">{T.pickHint}</Typography.Text>
        <Button
          icon={<AimOutlined />}
          onClick={() => {
            setPicked(false);
            setOutsideTap(false);
            setAttempt((a) => a + 1);
          }}
        >
          {T.relocate}
        </Button>
      </Space>
    </Space>
  );
}
