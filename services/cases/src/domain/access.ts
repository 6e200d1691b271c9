/**
 * The cases subgraph's jurisdiction and record facts for the authorization policy
 * (`@zz/common` ACCESS_POLICY): which conditional grants hold for one case and one caller.
 */
import type { Facts, Identity } from '@zz/common';

export interface CaseAccessFacts {
  mediatorId: string | null;
  leadDepartmentId: string | null;
  receivedBy: string | null;
}

export function caseFacts(identity: Identity, c: CaseAccessFacts): Facts {
  return {
    ASSIGNED_MEDIATOR: !!identity.mediatorId && identity.mediatorId === c.mediatorId,
    LEAD_DEPARTMENT: !!identity.departmentId && identity.departmentId === c.leadDepartmentId,
    OWN_RECORD: !!identity.userId && identity.userId === c.receivedBy,
  };
}
