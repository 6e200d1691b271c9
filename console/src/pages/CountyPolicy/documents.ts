import { graphql } from '../../gql';

export const CountyPolicyFieldsDoc = graphql(`
  fragment CountyPolicyFields on CountyPolicy {
    countyCode
    version
    label
    reason
    changedAt
    changedBy {
      id
      displayName
    }
    ladder {
      name
      totalDays
      steps {
        key
        name
        level
        centerLevel
        days
      }
    }
    deadlinePolicy {
      days {
        SIMPLE
        GENERAL
        COMPLEX
        DIFFICULT
      }
      workingDays
      warningShare
    }
    calendar {
      holidays
      extraWorkdays
    }
    consultation {
      requiredKinds
    }
  }
`);

/** The county's rules in force and every version before them (one request for the whole screen). */
export const CountyPolicyPageDoc = graphql(`
  query CountyPolicyPage($county: String!) {
    countyPolicy(countyCode: $county) {
      ...CountyPolicyFields
    }
    countyPolicyVersions(countyCode: $county) {
      ...CountyPolicyFields
    }
  }
`);

export const UpdateCountyPolicyDoc = graphql(`
  mutation UpdateCountyPolicy($input: UpdateCountyPolicyInput!) {
    updateCountyPolicy(input: $input) {
      ...CountyPolicyFields
    }
  }
`);
