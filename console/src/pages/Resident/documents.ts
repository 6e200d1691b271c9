import { graphql } from '../../gql';

export const ChallengeQuery = graphql(`
  query ResidentChallenge {
    residentChallenge {
      challenge
      difficulty
    }
  }
`);

export const RequestCodeMutation = graphql(`
  mutation RequestResidentCode($input: RequestResidentCodeInput!) {
    requestResidentCode(input: $input) {
      sentTo
      expiresAt
    }
  }
`);

export const VerifyCodeMutation = graphql(`
  mutation VerifyResidentCode($input: VerifyResidentCodeInput!) {
    verifyResidentCode(input: $input) {
      token
      phone
      expiresAt
    }
  }
`);

export const RegionsQuery = graphql(`
  query ResidentRegions($parentId: ID) {
    residentRegions(parentId: $parentId) {
      id
      name
      level
    }
  }
`);

export const FileMutation = graphql(`
  mutation FileResidentRequest($session: String!, $input: ResidentRequestInput!) {
    fileResidentRequest(session: $session, input: $input) {
      code
      status
      receivedAt
    }
  }
`);

export const ProgressQuery = graphql(`
  query ResidentCaseProgress($session: String!, $phone: String!, $code: String!) {
    residentCaseProgress(session: $session, phone: $phone, code: $code) {
      code
      type
      status
      statusLabel
      receivedAt
      deadlineAt
      resolvedAt
      centerName
      departmentName
      mediatorName
      partyCount
      steps {
        at
        label
      }
      canRate
      rating
    }
  }
`);

export const RatingLinkQuery = graphql(`
  query ResidentRatingLink($token: String!) {
    residentRatingLink(token: $token) {
      code
      statusLabel
      resolvedAt
      rating
      expiresAt
    }
  }
`);

export const RateMutation = graphql(`
  mutation RateResidentCase($input: RateResidentCaseInput!) {
    rateResidentCase(input: $input) {
      code
      rating
      at
    }
  }
`);
