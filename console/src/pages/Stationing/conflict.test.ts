import { describe, expect, it, jest } from '@jest/globals';
import type { FormInstance } from 'antd';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { conflictFields, showConflictFields } from './conflict';

const graph = (...errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ data: null, errors });

describe('conflictFields', () => {
  it('puts a CONFLICT on the field it names (a rotating window with rota entries → its kind)', () => {
    const err = graph({ message: '该窗口已有轮驻安排，不能改为其他类别', extensions: { code: 'CONFLICT', field: 'input.kind' } });
    expect(conflictFields(err)).toEqual([{ name: ['kind'], errors: ['该窗口已有轮驻安排，不能改为其他类别'] }]);
  });

  it('keeps input errors too, one field per list (months.2 marks months)', () => {
    const err = graph({
      message: 'input.months.2: 月份重复; input.departmentId: 固定窗口须指定入驻部门',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.months.2', message: '月份重复' }, { field: 'input.departmentId', message: '固定窗口须指定入驻部门' }] },
    });
    expect(conflictFields(err)).toEqual([{ name: ['months'], errors: ['月份重复'] }, { name: ['departmentId'], errors: ['固定窗口须指定入驻部门'] }]);
  });

  it('names no field for a CONFLICT without one, or outside the input', () => {
    expect(conflictFields(graph({ message: '该记录已被他人修改', extensions: { code: 'CONFLICT' } }))).toEqual([]);
    expect(conflictFields(graph({ message: 'x', extensions: { code: 'CONFLICT', field: 'id' } }))).toEqual([]);
  });
});

describe('showConflictFields', () => {
  it('marks the fields and scrolls to the first; false when there is none, so the caller shows a message', () => {
    const form = { setFields: jest.fn(), scrollToField: jest.fn() };
    const err = graph({ message: '该部门已有轮驻安排', extensions: { code: 'CONFLICT', field: 'input.mode' } });
    expect(showConflictFields(form as unknown as FormInstance, err)).toBe(true);
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['mode'], errors: ['该部门已有轮驻安排'] }]);
    expect(form.scrollToField).toHaveBeenCalledWith(['mode'], { block: 'center', focus: true });
    expect(showConflictFields(form as unknown as FormInstance, new Error('network'))).toBe(false);
  });
});
