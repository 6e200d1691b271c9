/**
 * 导出 Excel: posts the current filter to the gateway's export endpoint as a plain same-origin form,
 * so the browser downloads the file itself while the page stays as it is. The server builds the file
 * page by page through the graph (gateway/src/export); the browser never loads the rows. The token
 * goes in the form body, never in a URL.
 */
import { useRef } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { CaseFilter } from '../../gql/graphql';
import { session, useAccess } from '../../app/session-hooks';
import { S } from '../../locales/zh-CN';

export const EXPORT_ACTION = '/export/cases.xlsx';

export default function ExportButton({ filter, total }: { filter: CaseFilter; total: number }) {
  const access = useAccess();
  const form = useRef<HTMLFormElement>(null);
  const token = useRef<HTMLInputElement>(null);
  if (!access.exportCases) return null;
  const submit = () => {
    const s = session.get();
    if (!s || !form.current || !token.current) return;
    token.current.value = s.token;
    form.current.submit();
    // The token does not stay in the page's DOM.
    token.current.value = '';
  };
  return (
    <>
      <form ref={form} method="post" action={EXPORT_ACTION} style={{ display: 'none' }} aria-hidden>
        <input ref={token} type="hidden" name="token" defaultValue="" />
        <input type="hidden" name="filter" value={JSON.stringify(filter)} readOnly />
      </form>
      <Tooltip title={S.cases.exportHint}>
        <Button icon={<DownloadOutlined />} onClick={submit} disabled={total === 0} data-testid="case-export">
          {S.cases.export}
        </Button>
      </Tooltip>
    </>
  );
}
