import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { S } from '../../locales/zh-CN';

export default function NotFound() {
  return (
    <Result
      status="404"
      title={S.exception.notFound}
      subTitle={S.exception.notFoundHint}
      extra={<Link to="/"><Button type="primary">{S.exception.toHome}</Button></Link>}
      data-testid="not-found"
    />
  );
}
