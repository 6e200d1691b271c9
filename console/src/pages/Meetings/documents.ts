/** The 例会研判 screen's documents (typed by `npm run codegen`). */
import { graphql } from '../../gql';

export const MeetingFieldsDoc = graphql(`
  fragment MeetingFields on CenterMeeting {
    id
    title
    kind
    status
    scheduledAt
    place
    topic
    agenda {
      position
      note
      case {
        id
        code
        title
        status
        deadlineAt
      }
    }
  }
`);

export const MeetingListDoc = graphql(`
  query MeetingList($centerId: ID, $kind: CenterMeetingKind, $from: DateTime, $to: DateTime) {
    centerMeetings(centerId: $centerId, kind: $kind, from: $from, to: $to, first: 100) {
      totalCount
      edges {
        node {
          ...MeetingFields
        }
      }
    }
  }
`);

export const MeetingDetailDoc = graphql(`
  query MeetingDetail($id: ID!) {
    centerMeeting(id: $id) {
      ...MeetingFields
      center {
        id
        name
      }
      heldAt
      minutes
      cancelReason
      attendees {
        name
        title
      }
      decisions {
        text
        dueDate
        case {
          id
          code
        }
        department {
          id
          name
        }
      }
    }
  }
`);

export const MyCenterDoc = graphql(`
  query MeetingMyCenter($code: String!) {
    centerFor(regionCode: $code) {
      id
      name
    }
  }
`);

export const AgendaCasesDoc = graphql(`
  query MeetingAgendaCases($search: String) {
    cases(filter: { search: $search, status: [REGISTERED, ACCEPTED, ASSIGNED, IN_MEDIATION] }, first: 20) {
      edges {
        node {
          id
          code
          title
          deadlineAt
        }
      }
    }
  }
`);

export const MeetingDepartmentsDoc = graphql(`
  query MeetingDepartments {
    departments {
      id
      name
    }
  }
`);

export const ScheduleMeetingDoc = graphql(`
  mutation ScheduleMeeting($input: ScheduleCenterMeetingInput!) {
    scheduleCenterMeeting(input: $input) {
      id
      title
    }
  }
`);

export const RecordMeetingDoc = graphql(`
  mutation RecordMeeting($input: RecordCenterMeetingInput!) {
    recordCenterMeeting(input: $input) {
      id
      status
    }
  }
`);

export const CancelMeetingDoc = graphql(`
  mutation CancelMeeting($id: ID!, $reason: String!) {
    cancelCenterMeeting(id: $id, reason: $reason) {
      id
      status
      cancelReason
    }
  }
`);
