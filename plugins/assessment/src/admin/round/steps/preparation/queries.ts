import { type DocumentType, graphql } from '@cadre/ui';
import type { ParticipantsQuery } from '../participant-pages.tsx';

const ParticipantsPageQuery = graphql(`
  query AssessmentRoundParticipants($id: ID!, $after: String) {
    assessmentRound(id: $id) {
      id
      participants(first: 200, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            cadre {
              id
              name
              rank
            }
            unit {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type Page = DocumentType<typeof ParticipantsPageQuery>;
export type Participant = NonNullable<
  Page['assessmentRound']
>['participants']['edges'][number]['node'];

/** 考核对象: who the round assesses, with unit and rank. */
export const PARTICIPANTS: ParticipantsQuery<Page, Participant> = {
  document: ParticipantsPageQuery,
  connectionOf: (data) => data.assessmentRound?.participants,
};

export const SetSubjectsMutation = graphql(`
  mutation SetEvaluationSubjects($roundId: ID!, $subjects: [EvaluationSubjectInput!]!) {
    setEvaluationSubjects(roundId: $roundId, subjects: $subjects) {
      ...ServerError
      ... on MutationSetEvaluationSubjectsSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const SetItemsMutation = graphql(`
  mutation SetEvaluationItems($roundId: ID!, $items: [EvaluationItemInput!]!) {
    setEvaluationItems(roundId: $roundId, items: $items) {
      ...ServerError
      ... on MutationSetEvaluationItemsSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RecordSurveyMutation = graphql(`
  mutation RecordSatisfactionSurvey(
    $roundId: ID!
    $questionnaires: Int!
    $phoneCalls: Int!
    $note: String
  ) {
    recordSatisfactionSurvey(
      roundId: $roundId
      questionnaires: $questionnaires
      phoneCalls: $phoneCalls
      note: $note
    ) {
      ...ServerError
      ... on MutationRecordSatisfactionSurveySuccess {
        data {
          id
        }
      }
    }
  }
`);

export const AddParticipantsMutation = graphql(`
  mutation AddRoundParticipants($roundId: ID!, $cadreIds: [ID!]!) {
    addRoundParticipants(roundId: $roundId, cadreIds: $cadreIds) {
      ...ServerError
      ... on MutationAddRoundParticipantsSuccess {
        data {
          id
          participantCount
        }
      }
    }
  }
`);

export const RemoveParticipantMutation = graphql(`
  mutation RemoveRoundParticipant($participantId: ID!) {
    removeRoundParticipant(participantId: $participantId) {
      ...ServerError
      ... on MutationRemoveRoundParticipantSuccess {
        data {
          id
          participantCount
        }
      }
    }
  }
`);
