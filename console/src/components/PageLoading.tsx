import { Spin } from 'antd';
import { S } from '../locales/zh-CN';

/** While a screen's code or first data loads. */
export default function PageLoading() {
  return (
    <div style={{ padding: 64, textAlign: 'center' }} data-testid="page-loading">
      <Spin description={S.app.loading} />
    </div>
  );
}
