/** Backing models of the non-entity GraphQL types (codegen `mappers`). */
import type { Connection } from '@zz/common';
import type { MediatorEntity } from '../store/entities/mediator.entity';
import type { UserEntity } from '../store/entities/user.entity';
import type { RankedMediator } from '../service/matching-service';
import type { LoginAttemptRow } from '../store/login-store';

export type MediatorConnectionModel = Connection<MediatorEntity>;
export type UserConnectionModel = Connection<UserEntity>;
export type LoginAttemptConnectionModel = Connection<LoginAttemptRow>;
export type MediatorRecommendationModel = RankedMediator;
export interface TimeSlotModel {
  startsAt: Date;
  endsAt: Date;
}
