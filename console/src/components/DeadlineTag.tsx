import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { CaseStatus } from '../gql/graphql';
import { deadlineView } from '../utils/deadline';

/** A case's deadline: colour by urgency, the countdown as text, the exact time on hover. */
export default function DeadlineTag({ status, supervision, now }: {
  status: CaseStatus;
  supervision: { deadlineAt: string; overdue: boolean; warning: boolean };
  now: number;
}) {
  const view = deadlineView({ status, supervision }, now);
  return (
    <Tooltip title={`办理时限 ${dayjs(supervision.deadlineAt).format('YYYY-MM-DD HH:mm')}`}>
      <Tag color={view.color} data-urgency={view.urgency} data-testid="deadline">
        {view.text}
      </Tag>
    </Tooltip>
  );
}
