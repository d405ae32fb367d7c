import { type DocumentType, graphql } from '../generated/gql.ts';

/**
 * What a plugin's case page reads of core's workflow case (`workflowCase { ...WorkflowRecord }`):
 * the full-process record, oldest first, and the steps the viewer may take now, each with the
 * reason the server would refuse it today.
 */
export const WorkflowRecordFragment = graphql(`
  fragment WorkflowRecord on WorkflowCase {
    id
    history {
      id
      transition
      label
      fromState
      toState
      toStateLabel
      actorName
      reason
      at
      attachments {
        name
        reference
      }
    }
    availableTransitions {
      name
      label
      refusal
      requiresReason
    }
  }
`);

export type WorkflowRecord = DocumentType<typeof WorkflowRecordFragment>;
export type WorkflowHistory = WorkflowRecord['history'];
export type WorkflowTransition = WorkflowRecord['availableTransitions'][number];

/**
 * A step of core's generic workflow (start scoring, close the publicity, withdraw …). It answers
 * the `WorkflowCase`, so the client's cache fetches the open case's queries again.
 */
export const TransitionCaseMutation = graphql(`
  mutation TransitionWorkflowCase($input: TransitionCaseInput!) {
    transitionCase(input: $input) {
      ...ServerError
      ... on MutationTransitionCaseSuccess {
        data {
          id
          state
          version
        }
      }
    }
  }
`);
