import type { EvaluationGrade as GradeEnum, EvaluationResolvers } from '../generated/resolvers-types';
import { grade, type EvaluationGrade } from '../domain/evaluation';

const GRADE_ENUM: Readonly<Record<EvaluationGrade, GradeEnum>> = { 优秀: 'EXCELLENT', 良好: 'GOOD', 合格: 'PASS', 不合格: 'FAIL' };

export const Evaluation: EvaluationResolvers = {
  async staff(e, _, ctx) {
    const s = await ctx.loaders.staffById.load(e.staffId);
    if (!s) throw new Error(`evaluation of unknown staff ${e.staffId}`);
    return s;
  },
  async center(e, _, ctx) {
    const c = await ctx.loaders.centerById.load(e.centerId);
    if (!c) throw new Error(`evaluation of unknown center ${e.centerId}`);
    return c;
  },
  department: (e, _, ctx) => (e.departmentId ? ctx.loaders.departmentById.load(e.departmentId) : null),
  score: (e) => Number(e.score),
  grade: (e) => GRADE_ENUM[grade(Number(e.score))],
  gradeLabel: (e) => grade(Number(e.score)),
  evaluatedBy: (e, _, ctx) => (e.evaluatedBy ? ctx.loaders.userById.load(e.evaluatedBy) : null),
};
