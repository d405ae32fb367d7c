import { type DocumentType, graphql } from '@cadre/ui';
import type { ParticipantsQuery } from '../participant-pages.tsx';

// A page holds every subject's scores of its participants: 100 of them stay well inside the
// request's cost budget with a round's eight subjects and ten items.
const ScoresPageQuery = graphql(`
  query AssessmentRoundScores($id: ID!, $after: String) {
    assessmentRound(id: $id) {
      id
      participants(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            complete
            cadre {
              id
              name
            }
            unit {
              id
              name
            }
            evaluation {
              score
            }
            subjectScores {
              subject {
                id
                kind
              }
              score
              complete
              itemScores {
                item {
                  id
                }
                score
              }
            }
          }
        }
      }
    }
  }
`);

type Page = DocumentType<typeof ScoresPageQuery>;
export type ScoredParticipant = NonNullable<
  Page['assessmentRound']
>['participants']['edges'][number]['node'];

/** Every participant with what each subject scored. */
export const SCORED_PARTICIPANTS: ParticipantsQuery<Page, ScoredParticipant> = {
  document: ScoresPageQuery,
  connectionOf: (data) => data.assessmentRound?.participants,
};

export const RecordScoresMutation = graphql(`
  mutation RecordEvaluationScores(
    $roundId: ID!
    $subject: EvaluationSubjectKind!
    $scores: [EvaluationScoreInput!]!
  ) {
    recordEvaluationScores(roundId: $roundId, subject: $subject, scores: $scores) {
      ...ServerError
      ... on MutationRecordEvaluationScoresSuccess {
        data {
          id
        }
      }
    }
  }
`);

/** 测评分数表 of one subject, prefilled with its scores: an .xlsx as base64. */
export const ScoreTemplateQuery = graphql(`
  query EvaluationScoreTemplate($roundId: ID!, $subject: EvaluationSubjectKind!) {
    evaluationScoreTemplate(roundId: $roundId, subject: $subject) {
      ...ServerError
      ... on QueryEvaluationScoreTemplateSuccess {
        data {
          fileName
          base64
        }
      }
    }
  }
`);

export const ImportScoresMutation = graphql(`
  mutation ImportEvaluationScores($roundId: ID!, $subject: EvaluationSubjectKind!, $file: String!) {
    importEvaluationScores(roundId: $roundId, subject: $subject, file: $file) {
      ...ServerError
      ... on MutationImportEvaluationScoresSuccess {
        data {
          rows
          scores
          round {
            id
          }
        }
      }
    }
  }
`);
