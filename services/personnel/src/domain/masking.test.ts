import type { Identity } from '@zz/common';
import { isStaffViewer, maskPhone, phoneFor } from './masking';

const id = (roles: Identity['roles'], kind: Identity['kind'] = 'user'): Identity => ({ kind, userId: 'u', username: 'u', roles, regionId: null, regionCode: '441422' });

describe('masking', () => {
  it('masks mobiles and landlines', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0753-5512345')).toBe('0753****2345');
    expect(maskPhone('12345')).toBe('*****');
  });
  it('shows full numbers to staff, masked ones to partner systems', () => {
    expect(isStaffViewer(id(['OPERATOR']))).toBe(true);
    expect(isStaffViewer(id(['ADMIN'], 'service'))).toBe(true);
    expect(isStaffViewer(id(['PARTNER']))).toBe(false);
    expect(isStaffViewer(id([], 'anonymous'))).toBe(false);
    expect(phoneFor(id(['PARTNER']), '13812345678')).toBe('138****5678');
    expect(phoneFor(id(['GRID_WORKER']), '13812345678')).toBe('13812345678');
    expect(phoneFor(id(['PARTNER']), null)).toBeNull();
  });
});
