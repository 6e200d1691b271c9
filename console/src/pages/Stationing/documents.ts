/** The 入驻与轮驻 screen's documents (typed by `npm run codegen`). */
import { graphql } from '../../gql';

export const StationingCenterDoc = graphql(`
  query StationingCenter($code: String!) {
    centerFor(regionCode: $code) {
      id
      name
    }
  }
`);

export const DutyFieldsDoc = graphql(`
  fragment DutyFields on DutyDepartment {
    mode
    windowNumbers
    department {
      id
      name
    }
    staff {
      id
      name
    }
    contact {
      id
      name
      phone
    }
  }
`);

export const StationingOverviewDoc = graphql(`
  query StationingOverview($centerId: ID!, $year: Int!, $month: Int!) {
    center(id: $centerId) {
      id
      name
      windows {
        number
        kind
        label
        department {
          id
          name
        }
      }
      allStationings {
        mode
        staffCount
        months
        windowNumbers
        department {
          id
          name
        }
        staff {
          id
          name
          title
        }
        contact {
          id
          name
          phone
        }
      }
      rota(year: $year, month: $month) {
        id
        windowNumber
        window {
          number
          label
        }
        department {
          id
          name
        }
        staff {
          id
          name
        }
      }
      onDuty {
        ...DutyFields
      }
    }
  }
`);

export const RotatingDepartmentsDoc = graphql(`
  query StationingRotating($centerId: ID!) {
    center(id: $centerId) {
      id
      allStationings {
        mode
        department {
          id
          name
        }
        staff {
          id
          name
          title
        }
      }
      windows {
        number
        kind
        label
      }
    }
  }
`);

export const PlanRotaDoc = graphql(`
  mutation PlanRota($input: PlanRotaInput!) {
    planRota(input: $input) {
      id
      windowNumber
      department {
        id
        name
      }
      staff {
        id
        name
      }
    }
  }
`);

export const RemoveRotaDoc = graphql(`
  mutation RemoveRota($id: ID!) {
    removeRotaAssignment(id: $id)
  }
`);

export const SetStationingDoc = graphql(`
  mutation SetStationing($input: SetStationingInput!) {
    setStationing(input: $input) {
      mode
      staffCount
      months
      department {
        id
        name
      }
    }
  }
`);

/** 新增入驻: the departments to choose from (those not yet at the center) and the center's staff as contacts. */
export const NewStationingChoicesDoc = graphql(`
  query NewStationingChoices($centerId: ID!) {
    departments {
      id
      name
    }
    center(id: $centerId) {
      id
      allStationings {
        department {
          id
        }
      }
      staff {
        id
        name
        title
        department {
          id
          name
        }
      }
    }
  }
`);

export const SetCenterWindowDoc = graphql(`
  mutation SetCenterWindow($input: SetCenterWindowInput!) {
    setCenterWindow(input: $input) {
      number
      kind
      label
      department {
        id
        name
      }
    }
  }
`);
