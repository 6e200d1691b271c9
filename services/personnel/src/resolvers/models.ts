/** Backing models of the non-entity GraphQL types (codegen `mappers`). */
import type { Connection } from '@zz/common';
import type { MediatorEntity } from '../db/entities/mediator.entity';
import type { UserEntity } from '../db/entities/user.entity';
import type { RankedMediator } from '../application/recommend';
import type { LoginAttemptRow } from '../db/repositories/login-repository';

export type MediatorConnectionModel = Connection<MediatorEntity>;
export type UserConnectionModel = Connection<UserEntity>;
export type LoginAttemptConnectionModel = Connection<LoginAttemptRow>;
export type MediatorRecommendationModel = RankedMediator;
export interface TimeSlotModel {
  startsAt: Date;
  endsAt: Date;
}
