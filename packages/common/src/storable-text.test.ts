import { parse } from 'graphql';
import { assertStorableRequest, findUnstorableText, isStorableText } from './storable-text';

describe('storable text (NUL and unpaired surrogates reached PostgreSQL as INTERNAL_SERVER_ERROR)', () => {
  it('accepts ordinary text, emoji and control characters other than NUL', () => {
    for (const s of ['', '王建明', '😀👨‍👩‍👧‍👦', 'a\tb\nc', '\u0001\u001b[31m', '\u202eabc']) expect(isStorableText(s)).toBe(true);
  });

  it('refuses NUL and unpaired surrogates', () => {
    for (const s of ['x\u0000y', '\u0000', '\ud83d中', 'a\udfffb', '\ud800', '😀'.slice(0, 1)]) expect(isStorableText(s)).toBe(false);
  });

  it('names the path of the first bad string in nested variables', () => {
    expect(findUnstorableText({ input: { parties: [{ name: 'ok' }, { name: 'x\u0000' }] } }, '')).toBe('input.parties.1.name');
    expect(findUnstorableText({ caseId: 'c', note: '\ud83d中' }, '')).toBe('note');
    expect(findUnstorableText({ n: 1, ok: ['a', { b: true }] }, '')).toBeNull();
  });

  it('throws BAD_USER_INPUT with the field for variables, and for inline literals', () => {
    const doc = parse('mutation($note: String) { issueSupervisionLetter(caseId: "c", kind: ASSIGNMENT, note: $note) { id } }');
    expect(() => assertStorableRequest({ note: '\ud83d中' }, doc)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'note' }) }));
    expect(() => assertStorableRequest({}, parse('mutation { x(note: "a\\u0000b") }'))).toThrow(/NUL/);
    expect(() => assertStorableRequest({ note: '正常备注' }, doc)).not.toThrow();
  });
});
