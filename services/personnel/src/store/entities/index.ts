export { UserEntity } from './user.entity';
export { DepartmentEntity } from './department.entity';
export { CenterEntity } from './center.entity';
export { StationingEntity } from './stationing.entity';
export { StaffEntity } from './staff.entity';
export { MediatorEntity } from './mediator.entity';
export { AppointmentEntity } from './appointment.entity';
export { EvaluationEntity } from './evaluation.entity';
export { CenterWindowEntity, RotaAssignmentEntity } from './rota.entity';

import { UserEntity } from './user.entity';
import { DepartmentEntity } from './department.entity';
import { CenterEntity } from './center.entity';
import { StationingEntity } from './stationing.entity';
import { StaffEntity } from './staff.entity';
import { MediatorEntity } from './mediator.entity';
import { AppointmentEntity } from './appointment.entity';
import { EvaluationEntity } from './evaluation.entity';
import { CenterWindowEntity, RotaAssignmentEntity } from './rota.entity';

export const ENTITIES = [UserEntity, DepartmentEntity, CenterEntity, StationingEntity, StaffEntity, MediatorEntity, AppointmentEntity, EvaluationEntity, CenterWindowEntity, RotaAssignmentEntity];
