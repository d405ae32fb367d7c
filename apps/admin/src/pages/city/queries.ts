import { graphql } from '@cadre/ui';

/** What the roll-up and the drill-down show of one district of the city. */
export const CityDistrictFiguresFragment = graphql(`
  fragment CityDistrictFigures on DistrictFigures {
    code
    name
    cadresInService
    openDueItems
    overdueDueItems
    overQuotaUnits
    quota {
      approved
      filled
      vacant
      overQuota
    }
    structure {
      ...DashboardStructure
    }
    headlineFigures {
      plugin
      key
      label
      value
    }
  }
`);

/** 市级汇总: every district of the viewer's city. */
export const CityRollUpQuery = graphql(`
  query CityRollUp {
    cityDistrictFigures {
      ...CityDistrictFigures
    }
  }
`);

/** One district's figures (drill-down). */
export const CityDistrictQuery = graphql(`
  query CityDistrict($code: String!) {
    cityDistrict(code: $code) {
      __typename
      ... on QueryCityDistrictSuccess {
        data {
          ...CityDistrictFigures
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** 市管干部 of one district: a page in pinyin order. */
export const CityManagedCadresQuery = graphql(`
  query CityManagedCadres($code: String!, $first: Int!, $after: String, $search: String) {
    cityManagedCadres(districtCode: $code, first: $first, after: $after, search: $search) {
      __typename
      ... on QueryCityManagedCadresSuccess {
        data {
          nodes {
            id
            name
            gender
            birthDate
            rank
            unitName
            postTitle
          }
          endCursor
          hasNextPage
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** One 市管干部's basic facts, read-only. */
export const CityManagedCadreQuery = graphql(`
  query CityManagedCadre($code: String!, $id: String!) {
    cityManagedCadre(districtCode: $code, id: $id) {
      __typename
      ... on QueryCityManagedCadreSuccess {
        data {
          id
          name
          gender
          ethnicity
          nativePlace
          birthDate
          politicalStatus
          partyJoinDate
          workStartDate
          fullTimeEducation
          inServiceEducation
          identity
          rank
          rankSince
          status
          unitName
          postTitle
        }
      }
      ... on Error {
        message
      }
    }
  }
`);
