/**
 * 预约调解: book an hour in a gold mediator's studio for this case. The free hours are the studio's
 * opening hours (the server's default: Mon–Sat 08:30–12:00, 14:00–17:30 China time) minus
 * `Mediator.bookedSlots(day)` — every busy interval, whoever booked it — rather than
 * `appointments(mediatorId, day)`, which lists only the bookings the caller may see, so a slot another
 * town booked would look free. The database still refuses a double booking (CONFLICT): then the slots
 * are read again and the user picks another.
 */
import { useEffect } from 'react';
import { useQuery, useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../../gql';
import { CASE_FILE } from '../../locales/zh-CN';
import ActionModal from './actions/ActionModal';
import { firstOpenDay, slotsOf } from './rules';

const SlotsDoc = graphql(`
  query CaseFileBookingSlots($mediatorId: ID!, $day: String!, $caseId: ID!) {
    mediator(id: $mediatorId) {
      id
      bookedSlots(day: $day) {
        startsAt
        endsAt
      }
    }
    case(id: $caseId) {
      id
      parties {
        name
        role
        phone
      }
    }
  }
`);
const BookDoc = graphql(`
  mutation CaseFileBook($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      id
      startsAt
      endsAt
      status
    }
  }
`);

interface Values { day: Dayjs; slot: string; contactName: string; contactPhone: string }

export default function BookingModal({ caseId, mediatorId, mediatorName, onClose }: { caseId: string; mediatorId: string; mediatorName: string; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const day: Dayjs = Form.useWatch('day', form) ?? dayjs(firstOpenDay(Date.now()));
  const dayText = day.format('YYYY-MM-DD');
  const { data, loading, refetch } = useQuery(SlotsDoc, { variables: { mediatorId, day: dayText, caseId }, fetchPolicy: 'network-only' });
  const [book] = useMutation(BookDoc);
  const t = CASE_FILE.booking;
  const slots = slotsOf(dayText, data?.mediator?.bookedSlots ?? [], Date.now());
  const applicant = data?.case?.parties.find((p) => p.role === 'APPLICANT');
  const phoneMasked = !!applicant?.phone?.includes('*');
  // The applicant is the usual contact: filled in once the case is read, unless the user typed already.
  useEffect(() => {
    if (!applicant) return;
    if (!form.isFieldTouched('contactName')) form.setFieldValue('contactName', applicant.name);
    if (!phoneMasked && applicant.phone && !form.isFieldTouched('contactPhone')) form.setFieldValue('contactPhone', applicant.phone);
  }, [applicant, phoneMasked, form]);

  return (
    <ActionModal
      open
      onClose={onClose}
      title={t.title(mediatorName)}
      testId="modal-booking"
      form={form}
      prefix="input"
      rename={{ startsAt: 'slot', endsAt: 'slot' }}
      width={620}
      initialValues={{ day: dayjs(firstOpenDay(Date.now())) }}
      onConflict={() => {
        message.warning(t.taken);
        form.setFieldValue('slot', undefined);
        void refetch();
      }}
      submit={async (v) => {
        const slot = slots.find((s) => s.startsAt === v.slot)!;
        const res = await book({ variables: { input: {
          mediatorId, caseId, startsAt: slot.startsAt, endsAt: slot.endsAt, contactName: v.contactName.trim(), contactPhone: v.contactPhone.trim(),
        } } });
        return t.booked(dayjs(res.data!.bookAppointment.startsAt).format('M月D日 HH:mm'));
      }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t.hours}</Typography.Paragraph>
      <Form.Item name="day" label={t.day} rules={[{ required: true }]}>
        <DatePicker allowClear={false} disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.day() === 0} onChange={() => form.setFieldValue('slot', undefined)} data-testid="field-day" />
      </Form.Item>
      <Form.Item name="slot" label={t.slot} rules={[{ required: true, message: t.slotRequired }]} extra={!loading && !slots.some((s) => s.state === 'free') ? t.noSlots : undefined}>
        <Radio.Group data-testid="field-slot">
          {slots.map((s) => (
            <Radio.Button key={s.startsAt} value={s.startsAt} disabled={s.state !== 'free'} data-state={s.state}>
              {dayjs(s.startsAt).format('HH:mm')}–{dayjs(s.endsAt).format('HH:mm')}
              {s.state !== 'free' && <span style={{ fontSize: 11, marginInlineStart: 4 }}>{s.state === 'busy' ? t.busy : t.past}</span>}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="contactName" label={t.contactName} rules={[{ required: true, whitespace: true, message: t.contactNameRequired }]}>
        <Input maxLength={50} data-testid="field-contact-name" />
      </Form.Item>
      <Form.Item name="contactPhone" label={t.contactPhone} rules={[{ required: true, whitespace: true, message: t.contactPhoneRequired }]}
        extra={phoneMasked ? t.phoneMasked : undefined}>
        <Input maxLength={20} inputMode="tel" data-testid="field-contact-phone" />
      </Form.Item>
    </ActionModal>
  );
}
