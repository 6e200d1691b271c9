import { DateTimeScalar, DecimalScalar, GeoJSONScalar } from '@zz/common';
import type { Resolvers } from '../generated/resolvers-types';
import { Case, CaseSupervision } from './Case';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { RegionStats } from './RegionStats';
import { FollowUp, RiskWarning, SupervisionLetter } from './SupervisionLetter';
import { SensitiveRead } from './SensitiveRead';

/** Supervision's own resolvers (server.ts merges the live-dispatch ones of src/dispatch/ into them). */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  GeoJSON: GeoJSONScalar,
  Query,
  Mutation,
  Case,
  CaseSupervision,
  SupervisionLetter,
  FollowUp,
  RiskWarning,
  SensitiveRead,
  RegionStats,
};
