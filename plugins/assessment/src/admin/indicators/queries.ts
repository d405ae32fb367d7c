import { type DocumentType, graphql } from '@cadre/ui';

/** The year's sets with their indicators, and last year's, to copy from. */
export const IndicatorSetsQuery = graphql(`
  query IndicatorSets($year: Int!, $lastYear: Int!) {
    indicatorSets(year: $year) {
      id
      year
      unitCategory
      title
      closed
      closedOn
      copiedFrom {
        id
        year
      }
      indicators {
        id
        category
        name
        weight
        scoring
        target
        levelShares
        scoringNote
        directDeduction
        maxDeduction
      }
    }
    lastYear: indicatorSets(year: $lastYear) {
      id
      unitCategory
      title
    }
  }
`);

export type IndicatorSetView = DocumentType<typeof IndicatorSetsQuery>['indicatorSets'][number];
export type IndicatorView = IndicatorSetView['indicators'][number];

/** One set's units and indicators with every result recorded on them. */
export const SetResultsQuery = graphql(`
  query IndicatorSetResults($id: ID!) {
    indicatorSet(id: $id) {
      id
      closed
      units {
        id
        name
      }
      indicators {
        id
        name
        weight
        scoring
        levelShares
        directDeduction
        results {
          id
          value
          outOf
          points
          note
          unit {
            id
          }
        }
      }
    }
  }
`);

export type ResultsSet = NonNullable<DocumentType<typeof SetResultsQuery>['indicatorSet']>;
export type ResultsIndicator = ResultsSet['indicators'][number];

export const UnitIndicatorSummaryQuery = graphql(`
  query UnitIndicatorSummary($year: Int!) {
    unitIndicatorSummary(year: $year) {
      lossLimit
      units {
        unit {
          id
          name
          category
        }
        responsibility
        earned
        deducted
        score
        loss
        lossShare
        exceedsLimit
      }
    }
  }
`);

export type UnitScoreRow = DocumentType<
  typeof UnitIndicatorSummaryQuery
>['unitIndicatorSummary']['units'][number];

export const CreateIndicatorSetMutation = graphql(`
  mutation CreateIndicatorSet($year: Int!, $unitCategory: UnitCategory!, $title: String!) {
    createIndicatorSet(year: $year, unitCategory: $unitCategory, title: $title) {
      ...ServerError
      ... on MutationCreateIndicatorSetSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const CopyIndicatorSetMutation = graphql(`
  mutation CopyIndicatorSet($fromSetId: ID!, $toYear: Int!) {
    copyIndicatorSet(fromSetId: $fromSetId, toYear: $toYear) {
      ...ServerError
      ... on MutationCopyIndicatorSetSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const SaveIndicatorMutation = graphql(`
  mutation SaveIndicator($setId: ID!, $id: ID, $input: IndicatorInput!) {
    saveIndicator(setId: $setId, id: $id, input: $input) {
      ...ServerError
      ... on MutationSaveIndicatorSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RemoveIndicatorMutation = graphql(`
  mutation RemoveIndicator($id: ID!) {
    removeIndicator(id: $id) {
      ...ServerError
      ... on MutationRemoveIndicatorSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const CloseIndicatorYearMutation = graphql(`
  mutation CloseIndicatorYear($year: Int!) {
    closeIndicatorYear(year: $year) {
      ...ServerError
      ... on MutationCloseIndicatorYearSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RecordUnitIndicatorResultMutation = graphql(`
  mutation RecordUnitIndicatorResult(
    $indicatorId: ID!
    $unitId: ID!
    $value: Float!
    $outOf: Int
    $note: String
  ) {
    recordUnitIndicatorResult(
      indicatorId: $indicatorId
      unitId: $unitId
      value: $value
      outOf: $outOf
      note: $note
    ) {
      ...ServerError
      ... on MutationRecordUnitIndicatorResultSuccess {
        data {
          id
        }
      }
    }
  }
`);
