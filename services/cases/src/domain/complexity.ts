/**
 * Complexity (繁简程度) sets a case's handling deadline: 简单1天、一般5天、复杂15天、疑难20天 by default.
 * The values and the deadline rule are the platform's one rule in @zz/common (deadlines.ts: COMPLEXITIES,
 * isComplexity, DeadlinePolicy, deadlineFor), shared with supervision; counties configure the days
 * through the county policy (see policy.ts). What is only the cases subgraph's: the labels.
 */
import type { Complexity } from '@zz/common';

export { COMPLEXITIES, isComplexity, type Complexity } from '@zz/common';

export const COMPLEXITY_LABELS: Readonly<Record<Complexity, string>> = {
  SIMPLE: '简单',
  GENERAL: '一般',
  COMPLEX: '复杂',
  DIFFICULT: '疑难',
};
