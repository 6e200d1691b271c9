import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { S } from '../locales/zh-CN';

/** 无权查看: shown instead of a screen the roles may not use, before any of its data is asked for. */
export default function Forbidden({ hint }: { hint?: string }) {
  return (
    <Result
      status="403"
      title={S.exception.forbidden}
      subTitle={hint ?? S.exception.forbiddenHint}
      extra={<Link to="/"><Button type="primary">{S.exception.toHome}</Button></Link>}
      data-testid="forbidden"
    />
  );
}
