import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { chinesePart, errorMessage, fieldErrors, hasCode, retryAfterSeconds, toFieldName } from './errors';

const graph = (...errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ data: null, errors });

describe('toFieldName', () => {
  it('drops the argument and makes list positions numbers', () => {
    expect(toFieldName('input.parties.2.idNumber', { prefix: 'input' })).toEqual(['parties', 2, 'idNumber']);
  });
  it('gives null for a path of another argument', () => {
    expect(toFieldName('first', { prefix: 'input' })).toBeNull();
    expect(toFieldName('input', { prefix: 'input' })).toBeNull();
  });
  it('renames what the form calls differently, whole paths or single segments', () => {
    expect(toFieldName('input.regionId', { prefix: 'input', rename: { regionId: 'region' } })).toEqual(['region']);
    expect(toFieldName('input.parties.0.phone', { prefix: 'input', rename: { 'parties.0.phone': 'firstPhone' } })).toEqual(['firstPhone']);
  });
});

describe('fieldErrors', () => {
  it('maps every field of a multi-field BAD_USER_INPUT onto the form', () => {
    const err = graph({
      message: 'input.parties.2.idNumber: 身份证号校验位错误 (bad check digit); input.title: 标题不能为空',
      extensions: {
        code: 'BAD_USER_INPUT', field: 'input.parties.2.idNumber',
        fields: [{ field: 'input.parties.2.idNumber', message: '身份证号校验位错误 (bad check digit)' }, { field: 'input.title', message: '标题不能为空' }],
      },
    });
    expect(fieldErrors(err, { prefix: 'input' })).toEqual([
      { name: ['parties', 2, 'idNumber'], errors: ['身份证号校验位错误'] },
      { name: ['title'], errors: ['标题不能为空'] },
    ]);
  });

  it('uses the message when only extensions.field is given', () => {
    const err = graph({ message: 'input.amountInDispute: 金额格式不正确', extensions: { code: 'BAD_USER_INPUT', field: 'input.amountInDispute' } });
    expect(fieldErrors(err, { prefix: 'input' })).toEqual([{ name: ['amountInDispute'], errors: ['金额格式不正确'] }]);
  });

  it('also marks an input naming a record outside the jurisdiction (FORBIDDEN with field)', () => {
    const err = graph({ message: '调解员不在本辖区 (outside jurisdiction)', extensions: { code: 'FORBIDDEN', field: 'input.mediatorId' } });
    expect(fieldErrors(err, { prefix: 'input' })).toEqual([{ name: ['mediatorId'], errors: ['调解员不在本辖区'] }]);
  });

  it('ignores errors that name no field', () => {
    expect(fieldErrors(graph({ message: 'x', extensions: { code: 'CONFLICT' } }))).toEqual([]);
    expect(fieldErrors(new Error('offline'))).toEqual([]);
  });
});

describe('codes and messages', () => {
  it('reads the code and the retry time of RATE_LIMITED', () => {
    const err = graph({ message: '登录尝试过多 (too many attempts)', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 59.2 } });
    expect(hasCode(err, 'RATE_LIMITED')).toBe(true);
    expect(retryAfterSeconds(err)).toBe(60);
  });

  it("prefers the server's Chinese sentence, without its English gloss", () => {
    expect(errorMessage(graph({ message: '案件已被他人修改 (version conflict)', extensions: { code: 'CONFLICT' } }))).toBe('案件已被他人修改');
    expect(errorMessage(graph({ message: 'version conflict', extensions: { code: 'CONFLICT' } }))).toBe('该记录已被他人修改，请刷新后重试');
    expect(errorMessage(graph({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toMatch(/服务器出错/);
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('无法连接服务器，请检查网络后重试');
  });

  it('chinesePart keeps a message that is all English', () => {
    expect(chinesePart('not allowed')).toBe('not allowed');
    expect(chinesePart('请先登录 (authentication required)')).toBe('请先登录');
  });
});
