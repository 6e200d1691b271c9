import type { SummonsResolvers } from '../generated/resolvers-types';

/** A 约谈 record (SummonsRow): its subject as a department or a mediator reference. */
export const Summons: SummonsResolvers = {
  department: (s) => (s.subjectKind === 'DEPARTMENT' ? { __typename: 'Department', id: s.subjectId } : null),
  mediator: (s) => (s.subjectKind === 'MEDIATOR' ? { __typename: 'Mediator', id: s.subjectId } : null),
};
