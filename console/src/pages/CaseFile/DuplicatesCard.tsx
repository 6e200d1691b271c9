/** 疑似重复案件: found at intake (same applicant number, or same respondent nearby); shown only when there are any. */
import { Alert, Tag } from 'antd';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CASE_STATUS } from '../../locales/zh-CN/enums';
import { CASE_FILE } from '../../locales/zh-CN';

export const CaseDuplicatesFragment = graphql(`
  fragment CaseDuplicates on Case {
    possibleDuplicates {
      daysApart
      reasons
      case {
        id
        code
        title
        status
      }
    }
  }
`);

export default function DuplicatesCard(props: { case: FragmentType<typeof CaseDuplicatesFragment> }) {
  const { possibleDuplicates } = getFragmentData(CaseDuplicatesFragment, props.case);
  if (!possibleDuplicates.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`${CASE_FILE.duplicates.title}（${possibleDuplicates.length}）`}
      data-testid="case-duplicates"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {possibleDuplicates.map((d) => (
            <li key={d.case.id}>
              <Link to={`/cases/${d.case.id}`}>{d.case.code}</Link>&nbsp;{d.case.title}&nbsp;
              <Tag>{CASE_STATUS[d.case.status]}</Tag>
              <Tag>{CASE_FILE.duplicates.days(d.daysApart)}</Tag>
              {d.reasons.join('；')}
            </li>
          ))}
        </ul>
      }
    />
  );
}
