/**
 * 居民自助 (/resident), the public phone page: no staff account. 我要反映 (form → code → case code) and
 * 查询进度 (code + verified phone); the rating link opens RatePage. The open tab is in the URL.
 */
import { useState } from 'react';
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { RESIDENT } from '../../locales/zh-CN/resident';
import FileRequest from './FileRequest';
import Progress from './Progress';
import ResidentShell from './ResidentShell';

export default function ResidentPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'progress' ? 'progress' : 'file';
  const [code, setCode] = useState<string | undefined>(undefined);
  return (
    <ResidentShell title={RESIDENT.title}>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(t) => setParams(t === 'file' ? {} : { tab: t }, { replace: true })}
          items={[
            { key: 'file', label: RESIDENT.tabs.file, children: <FileRequest onTrack={(c) => { setCode(c); setParams({ tab: 'progress' }, { replace: true }); }} /> },
            { key: 'progress', label: RESIDENT.tabs.progress, children: <Progress initialCode={code} /> },
          ]}
        />
      </Card>
    </ResidentShell>
  );
}
