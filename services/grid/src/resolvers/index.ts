import { DateTimeScalar, DecimalScalar, GeoJSONScalar, totalCountOf } from '@zz/common';
import type { Resolvers } from '../generated/resolvers-types';
import { Query } from './Query';
import { Mutation } from './Mutation';
import { Region } from './Region';
import { Grid } from './Grid';
import { GridBaseData } from './GridBaseData';
import { GridWorker } from './GridWorker';
import { BuildingHead } from './BuildingHead';
import { KeyPerson, KeyPersonRiskLink, KeyPersonVisit, RiskWarning } from './KeyPerson';
import { GridReport } from './GridReport';
import { PatrolTask } from './PatrolTask';

/** totalCount is computed only when asked for (a deferred count). */
const connection = { totalCount: totalCountOf };

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  GeoJSON: GeoJSONScalar,
  Query,
  Mutation,
  Region,
  Grid,
  GridBaseData,
  GridWorker,
  BuildingHead,
  KeyPerson,
  KeyPersonVisit,
  KeyPersonRiskLink,
  RiskWarning,
  GridReport,
  PatrolTask,
  GridConnection: connection,
  GridReportConnection: connection,
  PatrolTaskConnection: connection,
  KeyPersonConnection: connection,
};
