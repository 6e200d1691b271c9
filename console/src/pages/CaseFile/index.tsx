/**
 * 案件卷宗 — PLACEHOLDER. The real case file (parties, actions, mediators, supervision, ledger) is
 * built later in this folder and replaces this page; until then the case list's rows lead here and
 * it shows the case's code, title and status. A case outside the jurisdiction reads as null from
 * the graph, so it shows 无权查看 without any of its data.
 */
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import Forbidden from '../../components/Forbidden';
import PageLoading from '../../components/PageLoading';
import { CASE_STATUS } from '../../locales/zh-CN/enums';
import { S } from '../../locales/zh-CN';

const CaseFileQuery = graphql(`
  query CaseFile($id: ID!) {
    case(id: $id) {
      id
      code
      title
      status
    }
  }
`);

export default function CaseFilePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CaseFileQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <PageLoading />;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const c = data?.case;
  if (!c) return <Forbidden hint={S.caseFile.notFound} />;
  return (
    <Card title={c.title} extra={<Link to="/cases"><Button>{S.caseFile.toList}</Button></Link>} data-testid="case-file">
      <Alert type="info" showIcon title={S.caseFile.placeholder} style={{ marginBottom: 16 }} />
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={S.caseFile.code}><span data-testid="case-code">{c.code}</span></Descriptions.Item>
        <Descriptions.Item label={S.caseFile.status}><Tag>{CASE_STATUS[c.status]}</Tag></Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
