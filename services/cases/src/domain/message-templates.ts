/**
 * Every text the platform sends to a resident, in one place (services never write message text).
 * A real SMS gateway registers templates by id with the carrier: `id` is what it would pass, the
 * text with `{param}` is what the local sink records. Params are filled verbatim, nothing else.
 */
export const MESSAGE_TEMPLATES = {
  VERIFICATION_CODE: { id: 'ZZ_CODE', text: '【综治中心】您的验证码为 {code}，{minutes} 分钟内有效。工作人员不会向您索要验证码，请勿告诉他人。' },
  FILING_RECEIPT: { id: 'ZZ_RECEIPT', text: '【综治中心】您反映的事项已登记，案件编号 {caseCode}。可凭案件编号和本手机号在“居民自助”页面查询办理进度。' },
  CASE_RESOLVED: { id: 'ZZ_RESOLVED', text: '【综治中心】您反映的事项（{caseCode}）已化解。请对办理情况作出评价：{link} （{days} 天内有效，仅可评价一次）' },
} as const;

export type TemplateKey = keyof typeof MESSAGE_TEMPLATES;
export const TEMPLATE_KEYS = Object.keys(MESSAGE_TEMPLATES) as TemplateKey[];

/** The text of a template with its params; a missing param is a programming error, not the resident's. */
export function renderMessage(template: TemplateKey, params: Readonly<Record<string, string>>): string {
  return MESSAGE_TEMPLATES[template].text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`message template ${template} needs {${name}}`);
    return params[name];
  });
}
