/**
 * 随手拍: what happened (category, description), where (LocationField), and who told the worker
 * (optional name and phone). The graph routes the report to the grid containing the point; its
 * field errors (the point outside the grid included) land on the field they name.
 */
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Select } from 'antd';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import type { LngLat, Ring } from '../../components/GridGeo/geo';
import { GRID_WORKER, REPORT_CATEGORIES } from '../../locales/zh-CN/grid';
import LocationField from './LocationField';

const ReportIssueMutation = graphql(`
  mutation ReportIssue($input: ReportIssueInput!) {
    reportIssue(input: $input) {
      id
      status
      ...MyReportItem
    }
  }
`);

interface Values {
  category: string;
  description: string;
  location: LngLat;
  reporterName?: string;
  reporterPhone?: string;
}

const T = GRID_WORKER.report;
const big = { size: 'large' as const };

export default function ReportIssue({ grid, rings, centre, onReported }: {
  grid: { id: string; name: string; boundary: unknown };
  rings: Ring[];
  centre: LngLat;
  onReported: (reportId: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [report, { loading }] = useMutation(ReportIssueMutation, { refetchQueries: ['MyReports', 'GridWorkerCounts'] });
  const [resetKey, setResetKey] = useState(0);

  const submit = async (v: Values) => {
    try {
      const { data } = await report({
        variables: {
          input: {
            lng: v.location[0], lat: v.location[1], category: v.category, description: v.description.trim(),
            reporterName: v.reporterName?.trim() || null, reporterPhone: v.reporterPhone?.trim() || null,
          },
        },
      });
      message.success(T.done);
      form.resetFields();
      setResetKey((k) => k + 1);
      if (data) onReported(data.reportIssue.id);
    } catch (err) {
      if (!showFieldErrors(form, err, { prefix: 'input', rename: { lat: 'location', lng: 'location' } })) message.error(errorMessage(err));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="report-form" scrollToFirstError>
      <Form.Item name="category" label={T.category} rules={[{ required: true, message: T.categoryRequired }]}>
        <Select {...big} placeholder={T.categoryRequired} options={REPORT_CATEGORIES.map((c) => ({ value: c, label: c }))} data-testid="report-category" />
      </Form.Item>
      <Form.Item name="description" label={T.description} rules={[{ required: true, whitespace: true, min: 5, message: T.descriptionRequired }]}>
        <Input.TextArea {...big} placeholder={T.descriptionPlaceholder} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} data-testid="report-description" />
      </Form.Item>
      <Form.Item name="location" label={T.location} rules={[{ required: true, message: T.locating }]}>
        <LocationField grid={grid} rings={rings} centre={centre} resetKey={resetKey} />
      </Form.Item>
      <Form.Item name="reporterName" label={T.reporterName}>
        <Input {...big} maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item name="reporterPhone" label={T.reporterPhone} rules={[{ pattern: /^[\d\s+-]{7,20}$/, message: T.phoneInvalid }]}>
        <Input {...big} inputMode="tel" maxLength={20} autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" {...big} block loading={loading} style={{ height: 48 }} data-testid="report-submit">
        {T.submit}
      </Button>
    </Form>
  );
}
