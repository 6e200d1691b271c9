/**
 * The parties of an intake (antd Form.List): one compact row each — name, role, ID number, phone —
 * so ten unpaid workers (seed 003) fit on one screen. ID numbers and phones are checked as the
 * operator types (utils/party-numbers, the server's rule): a complete number that is wrong turns red
 * at once, an incomplete one only when the operator leaves the field. The server checks again; a
 * field it names (`input.parties.2.idNumber`) turns red the same way (showFieldErrors).
 */
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { PartyRole } from '../../gql/graphql';
import { INTAKE } from '../../locales/zh-CN';
import { PARTY_ROLE, options } from '../../locales/zh-CN/enums';
import { idNumberProblem, isValidPhone, normaliseIdNumber, normalisePhone } from '../../utils/party-numbers';

const F = INTAKE.fields;
const R = INTAKE.rules;
const MAX_PARTIES = 200;

const ID_MESSAGE = { length: R.idLength, birthDate: R.idBirthDate, checkDigit: R.idCheckDigit } as const;

/** While typing: only a number that is complete (18 characters) or cannot become valid is refused. */
const idWhileTyping: Rule = {
  validateTrigger: ['onChange', 'onBlur'],
  validator: async (_, value?: string) => {
    const v = normaliseIdNumber(value ?? '');
    if (!v) return;
    const couldGrow = v.length < 18 && /^\d*$/.test(v);
    if (couldGrow) return;
    const problem = idNumberProblem(v);
    if (problem) throw new Error(ID_MESSAGE[problem]);
  },
};
/** On leaving the field (and on submit): an incomplete number too. */
const idComplete: Rule = {
  validateTrigger: 'onBlur',
  validator: async (_, value?: string) => {
    const v = normaliseIdNumber(value ?? '');
    if (v && v.length < 18) throw new Error(R.idLength);
  },
};

const phoneWhileTyping: Rule = {
  validateTrigger: ['onChange', 'onBlur'],
  validator: async (_, value?: string) => {
    const v = normalisePhone(value ?? '');
    if (!v) return;
    // 11 digits is a whole mobile number; a landline may be 10–13 with its dash: judge those on leaving.
    const couldGrow = /^1\d{0,9}$/.test(v) || /^0[\d-]{0,11}$/.test(v);
    if (!couldGrow && !isValidPhone(v)) throw new Error(R.phone);
  },
};
const phoneComplete: Rule = {
  validateTrigger: 'onBlur',
  validator: async (_, value?: string) => {
    if (value && value.trim() && !isValidPhone(value)) throw new Error(R.phone);
  },
};

const listRules = [
  {
    validator: async (_: unknown, parties?: { role?: PartyRole }[]) => {
      if (!parties?.some((p) => p?.role === 'APPLICANT')) throw new Error(R.applicantRequired);
      if (parties.length > MAX_PARTIES) throw new Error(R.partiesMax);
    },
  },
];

export default function PartiesList() {
  return (
    <Form.List name="parties" rules={listRules}>
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="parties">
          <div style={{ display: 'grid', gridTemplateColumns: '28px 1.1fr 104px 1.5fr 1.1fr 32px', gap: 8, fontSize: 13, color: 'rgba(0,0,0,0.55)', marginBottom: 4 }} aria-hidden>
            <span>#</span><span>{F.partyName}</span><span>{F.partyRole}</span><span>{F.partyIdNumber}</span><span>{F.partyPhone}</span><span />
          </div>
          {fields.map((field, index) => (
            <div key={field.key} data-testid="party-row" style={{ display: 'grid', gridTemplateColumns: '28px 1.1fr 104px 1.5fr 1.1fr 32px', gap: 8, alignItems: 'start' }}>
              <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>{INTAKE.partyNo(index + 1)}</Typography.Text>
              <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: R.partyName }, { max: 50, message: R.partyNameLength }]} style={{ marginBottom: 8 }}>
                <Input aria-label={`${F.partyName} ${index + 1}`} data-testid={`party-${index}-name`} maxLength={60} />
              </Form.Item>
              <Form.Item name={[field.name, 'role']} style={{ marginBottom: 8 }}>
                <Select aria-label={`${F.partyRole} ${index + 1}`} data-testid={`party-${index}-role`} options={options(PARTY_ROLE)} />
              </Form.Item>
              <Form.Item name={[field.name, 'idNumber']} rules={[idWhileTyping, idComplete]} validateTrigger={['onChange', 'onBlur']} style={{ marginBottom: 8 }}>
                <Input aria-label={`${F.partyIdNumber} ${index + 1}`} data-testid={`party-${index}-idNumber`} maxLength={20} autoComplete="off" inputMode="text" />
              </Form.Item>
              <Form.Item name={[field.name, 'phone']} rules={[phoneWhileTyping, phoneComplete]} validateTrigger={['onChange', 'onBlur']} style={{ marginBottom: 8 }}>
                <Input aria-label={`${F.partyPhone} ${index + 1}`} data-testid={`party-${index}-phone`} maxLength={20} autoComplete="off" inputMode="tel" />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={`${INTAKE.removeParty} ${index + 1}`}
                title={INTAKE.removeParty}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
              />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Space style={{ marginTop: 4 }}>
            <Button icon={<UserAddOutlined />} onClick={() => add({ role: 'APPLICANT' })} disabled={fields.length >= MAX_PARTIES} data-testid="add-applicant">
              {INTAKE.addApplicant}
            </Button>
            <Button icon={<UserAddOutlined />} onClick={() => add({ role: 'RESPONDENT' })} disabled={fields.length >= MAX_PARTIES} data-testid="add-respondent">
              {INTAKE.addRespondent}
            </Button>
            <Typography.Text type="secondary">{INTAKE.partiesCount(fields.length)}</Typography.Text>
          </Space>
        </div>
      )}
    </Form.List>
  );
}
