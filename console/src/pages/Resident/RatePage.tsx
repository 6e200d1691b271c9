/**
 * /resident/rate?t=…: the link from the "your case was resolved" message. Shows the case code and
 * status, takes one rating (满意 / 基本满意 / 不满意) and an optional comment; a second rating, an
 * altered or expired link is refused by the server and said so here.
 */
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Result, Skeleton } from 'antd';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { SATISFACTION, options } from '../../locales/zh-CN/enums';
import { RESIDENT } from '../../locales/zh-CN/resident';
import type { Satisfaction } from '../../gql/graphql';
import { RateMutation, RatingLinkQuery } from './documents';
import ResidentShell from './ResidentShell';

export default function RatePage() {
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const link = useQuery(RatingLinkQuery, { variables: { token }, skip: !token });
  const [rate, rating] = useMutation(RateMutation);
  const [done, setDone] = useState<Satisfaction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const l = link.data?.residentRatingLink;

  const submit = async (v: { rating: Satisfaction; comment?: string }) => {
    setError(null);
    try {
      const res = await rate({ variables: { input: { token, rating: v.rating, comment: v.comment ?? null } } });
      setDone(res.data!.rateResidentCase.rating);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  let body;
  if (link.loading) body = <Skeleton active />;
  else if (!token || !l) body = <Result status="warning" title={RESIDENT.rate.invalid} subTitle={link.error ? errorMessage(link.error) : RESIDENT.rate.invalidHint} />;
  else if (done) body = <Result status="success" title={RESIDENT.rate.thanks} subTitle={`${l.code} · ${SATISFACTION[done]}`} data-testid="rate-done" />;
  else if (l.rating) body = <Result status="info" title={RESIDENT.rate.already(SATISFACTION[l.rating])} subTitle={l.code} />;
  else {
    body = (
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={RESIDENT.rate.case}><span data-testid="rate-code">{l.code}</span></Descriptions.Item>
          <Descriptions.Item label={RESIDENT.rate.status}>{l.statusLabel}</Descriptions.Item>
        </Descriptions>
        {error && <Alert type="error" showIcon title={error} style={{ margin: '12px 0' }} />}
        <Form layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item name="rating" label={RESIDENT.rate.rating} rules={[{ required: true, message: RESIDENT.form.required }]}>
            <Radio.Group optionType="button" buttonStyle="solid" size="large" options={options(SATISFACTION)} />
          </Form.Item>
          <Form.Item name="comment" label={RESIDENT.rate.comment}>
            <Input.TextArea rows={3} maxLength={300} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={rating.loading} data-testid="rate-submit">{RESIDENT.rate.submit}</Button>
        </Form>
      </Card>
    );
  }
  return <ResidentShell title={RESIDENT.rate.title}>{body}</ResidentShell>;
}
