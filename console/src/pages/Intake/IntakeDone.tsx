/** After saving: the unified code, large enough to read out at the window, and what to do next. */
import { FileTextOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Result, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { INTAKE } from '../../locales/zh-CN';
import type { SavedCase } from './IntakeForm';

const D = INTAKE.done;

export default function IntakeDone({ saved, onNext }: { saved: SavedCase; onNext: () => void }) {
  const navigate = useNavigate();
  return (
    <Card data-testid="intake-done">
      <Result
        status="success"
        title={D.title}
        subTitle={D.subtitle}
        extra={[
          // The print button has the focus: the usual next step at the window is Enter.
          <Button key="print" type="primary" icon={<PrinterOutlined />} autoFocus onClick={() => navigate(`/cases/${saved.id}/notice`)} data-testid="intake-print">
            {D.print}
          </Button>,
          <Button key="open" icon={<FileTextOutlined />} onClick={() => navigate(`/cases/${saved.id}`)} data-testid="intake-open-case">
            {D.open}
          </Button>,
          <Button key="next" onClick={onNext} data-testid="intake-next">
            {D.next}
          </Button>,
        ]}
      >
        <div style={{ textAlign: 'center' }}>
          <Typography.Text type="secondary">{D.code}</Typography.Text>
          <div>
            <Typography.Text copyable strong style={{ fontSize: 30, letterSpacing: 1, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }} data-testid="intake-code">
              {saved.code}
            </Typography.Text>
          </div>
          {saved.flaggedDuplicates > 0 && (
            <Typography.Paragraph type="warning" style={{ marginTop: 12, marginBottom: 0 }} data-testid="intake-flagged">
              {D.flagged(saved.flaggedDuplicates)}
            </Typography.Paragraph>
          )}
        </div>
      </Result>
    </Card>
  );
}
