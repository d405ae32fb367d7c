import { type DocumentType, graphql } from '@cadre/ui';

/**
 * The archive's records of one cadre (A14 奖惩, A15 年度考核, A36 家庭成员), revoked ones included,
 * each with its former versions. Sanctions and the restrictions in force today only with
 * `$sanctions` (core.sanction.read: sensitive, every read audited).
 */
export const CadreRecordsQuery = graphql(`
  query CadreRecords($id: ID!, $sanctions: Boolean!) {
    cadre(id: $id) {
      id
      rewards(includeRevoked: true) {
        id
        kind
        title
        decisionDate
        issuingBody
        documentNumber
        reason
        revokedAt
        revokeReason
        revisions {
          ...Revision
        }
      }
      sanctions(includeRevoked: true) @include(if: $sanctions) {
        id
        kind
        decisionDate
        effectiveDate
        issuingBody
        documentNumber
        reason
        probationMonths
        liftedOn
        liftProcedure
        restrictedUntil
        restrictionOpenEnded
        revokedAt
        revokeReason
        revisions {
          ...Revision
        }
      }
      restrictions @include(if: $sanctions) {
        restriction
        until
        explanationZh
        explanationEn
      }
      annualGrades {
        id
        year
        grade
        note
        revisions {
          ...Revision
        }
      }
      familyMembers {
        id
        relation
        name
        birthDate
        politicalStatus
        workUnitAndPost
        socialRelation
        revisions {
          ...Revision
        }
      }
    }
  }

  fragment Revision on ArchiveRecordRevision {
    id
    action
    reason
    before
    revisedAt
    revisedBy {
      id
      displayName
    }
  }
`);

type Records = NonNullable<DocumentType<typeof CadreRecordsQuery>['cadre']>;
export type Reward = Records['rewards'][number];
export type Sanction = NonNullable<Records['sanctions']>[number];
export type Restriction = NonNullable<Records['restrictions']>[number];
export type AnnualGrade = Records['annualGrades'][number];
export type FamilyMember = Records['familyMembers'][number];
export type Revision = Reward['revisions'][number];

export const AddRewardMutation = graphql(`
  mutation AddCadreReward($cadreId: ID!, $input: CadreRewardInput!) {
    addCadreReward(cadreId: $cadreId, input: $input) {
      ... on MutationAddCadreRewardSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const CorrectRewardMutation = graphql(`
  mutation CorrectCadreReward($id: ID!, $input: CadreRewardInput!, $reason: String!) {
    correctCadreReward(id: $id, input: $input, reason: $reason) {
      ... on MutationCorrectCadreRewardSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const RevokeRewardMutation = graphql(`
  mutation RevokeCadreReward($id: ID!, $reason: String!) {
    revokeCadreReward(id: $id, reason: $reason) {
      ... on MutationRevokeCadreRewardSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const AddSanctionMutation = graphql(`
  mutation AddCadreSanction($cadreId: ID!, $input: CadreSanctionInput!) {
    addCadreSanction(cadreId: $cadreId, input: $input) {
      ... on MutationAddCadreSanctionSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const CorrectSanctionMutation = graphql(`
  mutation CorrectCadreSanction($id: ID!, $input: CadreSanctionInput!, $reason: String!) {
    correctCadreSanction(id: $id, input: $input, reason: $reason) {
      ... on MutationCorrectCadreSanctionSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const LiftSanctionMutation = graphql(`
  mutation LiftCadreSanction($id: ID!, $liftedOn: Date!, $procedure: String!) {
    liftCadreSanction(id: $id, liftedOn: $liftedOn, procedure: $procedure) {
      ... on MutationLiftCadreSanctionSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const RevokeSanctionMutation = graphql(`
  mutation RevokeCadreSanction($id: ID!, $reason: String!) {
    revokeCadreSanction(id: $id, reason: $reason) {
      ... on MutationRevokeCadreSanctionSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const SetAnnualGradeMutation = graphql(`
  mutation SetAnnualGrade(
    $cadreId: ID!
    $year: Int!
    $grade: AnnualGrade!
    $note: String
    $reason: String
  ) {
    setAnnualGrade(cadreId: $cadreId, year: $year, grade: $grade, note: $note, reason: $reason) {
      ... on MutationSetAnnualGradeSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const RemoveAnnualGradeMutation = graphql(`
  mutation RemoveAnnualGrade($id: ID!, $reason: String!) {
    removeAnnualGrade(id: $id, reason: $reason) {
      ... on MutationRemoveAnnualGradeSuccess {
        data
      }
      ...ServerError
    }
  }
`);

export const AddFamilyMemberMutation = graphql(`
  mutation AddFamilyMember($cadreId: ID!, $input: FamilyMemberInput!) {
    addFamilyMember(cadreId: $cadreId, input: $input) {
      ... on MutationAddFamilyMemberSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const CorrectFamilyMemberMutation = graphql(`
  mutation CorrectFamilyMember($id: ID!, $input: FamilyMemberInput!, $reason: String!) {
    correctFamilyMember(id: $id, input: $input, reason: $reason) {
      ... on MutationCorrectFamilyMemberSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const RemoveFamilyMemberMutation = graphql(`
  mutation RemoveFamilyMember($id: ID!, $reason: String!) {
    removeFamilyMember(id: $id, reason: $reason) {
      ... on MutationRemoveFamilyMemberSuccess {
        data
      }
      ...ServerError
    }
  }
`);
