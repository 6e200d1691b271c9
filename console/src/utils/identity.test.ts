import { describe, expect, it } from '@jest/globals';
import { placeLabel, whoWhere } from './identity';

describe('whoWhere', () => {
  it('names the center, the post in Chinese and the person', () => {
    expect(whoWhere({ displayName: '罗秀英', roles: ['OPERATOR'], region: { name: '湖寮镇', level: 'TOWN' } })).toBe('湖寮镇综治中心 · 窗口受理员 罗秀英');
  });
  it('lists several roles in a stable order', () => {
    expect(whoWhere({ displayName: '张三', roles: ['LEADER', 'SUPERVISOR'], region: { name: '大埔县', level: 'COUNTY' } })).toBe('大埔县综治中心 · 督办人员、领导 张三');
  });
  it('villages have service stations, grids their own name', () => {
    expect(placeLabel({ name: '湖山村', level: 'VILLAGE' })).toBe('湖山村综治服务站');
    expect(placeLabel({ name: '湖山村第1网格', level: 'GRID' })).toBe('湖山村第1网格');
  });
});
