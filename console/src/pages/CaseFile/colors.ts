/** antd Tag colours of the case file (a status reads the same colour as in the case list). */
import type { CaseStatus, RiskLevel } from '../../gql/graphql';

export const STATUS_COLOR: Record<CaseStatus, string> = {
  REGISTERED: 'default', ACCEPTED: 'blue', ASSIGNED: 'geekblue', IN_MEDIATION: 'processing', RESOLVED: 'success',
  CLOSED: 'success', REFERRED: 'purple', REJECTED: 'default', WITHDRAWN: 'default',
};

export const RISK_COLOR: Record<RiskLevel, string> = { YELLOW: 'gold', ORANGE: 'orange', RED: 'red' };
