import { type DocumentType, graphql } from '@cadre/ui';

/** Everything of one cadre the profile, the edit form and the printable card show. */
export const CadreProfileQuery = graphql(`
  query CadreProfile($id: ID!) {
    cadre(id: $id) {
      id
      name
      gender
      ethnicity
      nativePlace
      birthPlace
      birthDate
      age
      idNumberMasked
      politicalStatus
      partyJoinDate
      partyYears
      workStartDate
      workYears
      fullTimeEducation
      fullTimeDegree
      fullTimeSchool
      inServiceEducation
      inServiceDegree
      inServiceSchool
      highestEducation
      identity
      rank
      rankSince
      status
      managementAuthority
      grassRootsYears
      healthStatus
      professionalTitle
      specialty
      photo {
        id
        downloadPath
      }
      unit {
        id
        name
      }
      currentPost {
        id
        title
        organization
        startedOn
      }
      posts {
        id
        title
        organization
        startedOn
        endedOn
        grassRoots
        rank
        unit {
          id
          name
        }
      }
      reservePoolEntries {
        id
        maturityRank
        enteredOn
        nextReviewOn
        source
        trainingDirection
        pool {
          id
          name
          kind
        }
      }
      verifications {
        fact
        verifiedAt
        note
        verifiedBy {
          id
          displayName
        }
      }
    }
  }
`);

export type CadreProfile = NonNullable<DocumentType<typeof CadreProfileQuery>['cadre']>;

/** The viewer's open deadlines; the profile keeps those about this cadre. */
export const CadreDueItemsQuery = graphql(`
  query CadreDueItems {
    myDueItems {
      id
      title
      kind
      source
      dueDate
      overdue
      workingDaysLeft
      subjectId
      link
    }
  }
`);

export const UpdateCadreMutation = graphql(`
  mutation UpdateCadre($id: ID!, $input: CadreUpdateInput!) {
    updateCadre(id: $id, input: $input) {
      ... on MutationUpdateCadreSuccess {
        data {
          id
          name
        }
      }
      ...ServerError
    }
  }
`);

export const VerifyArchiveFactMutation = graphql(`
  mutation VerifyArchiveFact($cadreId: ID!, $fact: ArchiveFact!, $note: String) {
    verifyArchiveFact(cadreId: $cadreId, fact: $fact, note: $note) {
      ... on MutationVerifyArchiveFactSuccess {
        data {
          id
          verifications {
            fact
            verifiedAt
            note
            verifiedBy {
              id
              displayName
            }
          }
        }
      }
      ...ServerError
    }
  }
`);

export const RemoveCadrePostMutation = graphql(`
  mutation RemoveCadrePost($id: ID!) {
    removeCadrePost(id: $id) {
      ... on MutationRemoveCadrePostSuccess {
        data
      }
      ...ServerError
    }
  }
`);

export const AddCadrePostMutation = graphql(`
  mutation AddCadrePost($cadreId: ID!, $input: CadrePostInput!) {
    addCadrePost(cadreId: $cadreId, input: $input) {
      ... on MutationAddCadrePostSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const UpdateCadrePostMutation = graphql(`
  mutation UpdateCadrePost($id: ID!, $input: CadrePostInput!) {
    updateCadrePost(id: $id, input: $input) {
      ... on MutationUpdateCadrePostSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);
