/**
 * Everything the case file shows, as one fragment: the page's query asks for it, and every action's
 * mutation answers with it, so after an action the page is redrawn from the server's own answer in
 * the same round trip (Apollo's cache is keyed by Case.id). Each part is the fragment of the
 * component that renders it.
 */
import { graphql } from '../../gql';

export const CaseFileFieldsFragment = graphql(`
  fragment CaseFileFields on Case {
    id
    version
    ...CaseHeader
    ...CaseActionsState
    ...CaseParties
    ...CaseAssignments
    ...CaseConsultations
    ...CaseRiskPlan
    ...CaseSessions
    ...CaseAgreement
    ...CaseDuplicates
    ...CaseSupervisionPanel
    ...CaseLedger
  }
`);
