import { graphql } from '../generated/gql.ts';

/**
 * Spread `...ServerError` in every mutation result union: the fields `mutationOutcome` reads.
 * `issues` name the input fields (`input.birthDate`) the form shows the message on.
 */
export const ServerErrorFragment = graphql(`
  fragment ServerError on Error {
    __typename
    code
    messageZh
    messageEn
    ... on InputError {
      issues {
        path
        code
        messageZh
        messageEn
      }
    }
  }
`);
