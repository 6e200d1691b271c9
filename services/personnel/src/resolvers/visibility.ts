/**
 * Jurisdiction for personnel's records, in one place. Reference data (centers, their staff lists,
 * mediators) is visible in the caller's subtree and on its chain upward; accounts and evaluations
 * only in the subtree; appointments per domain/booking-policy.
 */
import type { PersonnelContext } from '../context';
import type { CenterEntity } from '../store/entities/center.entity';
import type { MediatorEntity } from '../store/entities/mediator.entity';
import type { StaffEntity } from '../store/entities/staff.entity';
import type { AppointmentEntity } from '../store/entities/appointment.entity';
import type { UserEntity } from '../store/entities/user.entity';
import { canSeeAppointment } from '../domain/access';

export const visibleCenter = (ctx: PersonnelContext, c: CenterEntity | null) => (c && ctx.scope.containsOrAbove(c.regionCode) ? c : null);
export const visibleMediator = (ctx: PersonnelContext, m: MediatorEntity | null) => (m && ctx.scope.containsOrAbove(m.regionCode) ? m : null);
export const visibleStaff = (ctx: PersonnelContext, s: StaffEntity | null) => (s && ctx.scope.containsOrAbove(s.regionCode) ? s : null);
export const visibleAppointment = (ctx: PersonnelContext, a: AppointmentEntity | null) => (a && canSeeAppointment(ctx.identity, ctx.scope, a) ? a : null);
export const manageableUser = (ctx: PersonnelContext, u: UserEntity | null) => (u && ctx.scope.contains(u.regionCode) ? u : null);
