import type { SensitiveReadResolvers } from '../generated/resolvers-types';
import type { SensitiveReadKind } from '@zz/common';

/** One audit entry as stored (audit.sensitive_read); nothing of it is editable. */
export const SensitiveRead: SensitiveReadResolvers = {
  kind: (r) => r.kind as SensitiveReadKind,
};
