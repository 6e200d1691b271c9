import { DateTimeScalar, DecimalScalar, GeoJSONScalar } from '@zz/common';
import type { Resolvers } from '../generated/resolvers-types';
import { Case } from './Case';
import { CaseSupervision } from './CaseSupervision';
import { DispatchEvent } from './DispatchEvent';
import { FollowUp } from './FollowUp';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { RegionStats } from './RegionStats';
import { RiskWarning } from './RiskWarning';
import { SensitiveRead } from './SensitiveRead';
import { SupervisionLetter } from './SupervisionLetter';
import { Summons } from './Summons';

/** One file per GraphQL type of schema.graphql and dispatch.graphql. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  GeoJSON: GeoJSONScalar,
  Query,
  Mutation,
  Case,
  CaseSupervision,
  SupervisionLetter,
  Summons,
  FollowUp,
  RiskWarning,
  SensitiveRead,
  RegionStats,
  DispatchEvent,
};
