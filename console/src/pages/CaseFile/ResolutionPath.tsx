/**
 * 化解方式 in the case file's head: the mode the case is in now, and the path it took to get there
 * (即时调解 → 专业调解 → 联合调解 …), each step with when and why (who is in the ledger below), so a
 * reader sees at once how far up the path the case has gone.
 */
import { Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { RESOLUTION_MODE } from '../../locales/zh-CN/enums';
import { CASE_FILE } from '../../locales/zh-CN';

export const CaseResolutionPathFragment = graphql(`
  fragment CaseResolutionPath on Case {
    id
    resolutionMode
    resolutionModeHistory {
      mode
      fromMode
      at
      reason
      version
    }
  }
`);

export default function ResolutionPath(props: { case: FragmentType<typeof CaseResolutionPathFragment> }) {
  const c = getFragmentData(CaseResolutionPathFragment, props.case);
  const h = CASE_FILE.header;
  return (
    <Space size={4} wrap data-testid="case-resolution-path">
      {c.resolutionModeHistory.map((s, i) => (
        <Space key={s.version} size={4}>
          {i > 0 && <Typography.Text type="secondary">→</Typography.Text>}
          <Tooltip title={[dayjs(s.at).format('YYYY-MM-DD HH:mm'), s.reason].filter(Boolean).join(' · ')}>
            <Tag color={s.mode === c.resolutionMode && i === c.resolutionModeHistory.length - 1 ? 'blue' : 'default'}
              data-testid="resolution-path-step" data-mode={s.mode}>{RESOLUTION_MODE[s.mode]}</Tag>
          </Tooltip>
        </Space>
      ))}
      {c.resolutionModeHistory.length === 0 && <Tag color="blue">{RESOLUTION_MODE[c.resolutionMode]}</Tag>}
      <span data-testid="case-resolution-mode" data-mode={c.resolutionMode} hidden>{h.resolutionMode}</span>
    </Space>
  );
}
