import type { EvaluationGrade as GradeEnum, EvaluationResolvers } from '../generated/resolvers-types';
import { grade, type EvaluationGrade } from '../domain/evaluation';
import { referenced } from './fields';

const GRADE_ENUM: Readonly<Record<EvaluationGrade, GradeEnum>> = { 优秀: 'EXCELLENT', 良好: 'GOOD', 合格: 'PASS', 不合格: 'FAIL' };

export const Evaluation: EvaluationResolvers = {
  staff: (e, _, ctx) => referenced(ctx.loaders.staffById, e.staffId, 'evaluation of unknown staff'),
  center: (e, _, ctx) => referenced(ctx.loaders.centerById, e.centerId, 'evaluation of unknown center'),
  department: (e, _, ctx) => (e.departmentId ? ctx.loaders.departmentById.load(e.departmentId) : null),
  score: (e) => Number(e.score),
  grade: (e) => GRADE_ENUM[grade(Number(e.score))],
  gradeLabel: (e) => grade(Number(e.score)),
  evaluatedBy: (e, _, ctx) => (e.evaluatedBy ? ctx.loaders.userById.load(e.evaluatedBy) : null),
};
