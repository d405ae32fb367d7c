import { type DocumentType, graphql } from '@cadre/ui';

/** The year's annual grades by unit; without a year, the last year concluded. */
export const GradeDistributionQuery = graphql(`
  query AssessmentGradeDistribution($year: Int) {
    assessmentGradeDistribution(year: $year) {
      year
      units {
        unit {
          id
          name
        }
        total
        counts {
          grade
          count
        }
      }
    }
  }
`);

/** A unit's year: its cadres' results and quarters, its indicator standing and what it called for. */
export const UnitResultsQuery = graphql(`
  query UnitAssessmentResults($unitId: ID!, $year: Int!) {
    unitAssessmentResults(unitId: $unitId, year: $year) {
      year
      unit {
        id
        name
      }
      rounds {
        id
        title
        kindLabel
        groupLabel
        participantCount
      }
      cadres {
        cadre {
          id
          name
        }
        dailyScore
        results {
          ...AssessmentResultFields
        }
        quarters {
          id
          quarter
          score
          grade
        }
      }
      indicatorStanding {
        responsibility
        score
        loss
        lossShare
        lossLimit
        exceedsLimit
      }
      consequences {
        kindLabel
        basis
        pending
        statusLabel
      }
    }
  }
`);

export type UnitGrades = DocumentType<
  typeof GradeDistributionQuery
>['assessmentGradeDistribution']['units'][number];
export type UnitResults = NonNullable<
  DocumentType<typeof UnitResultsQuery>['unitAssessmentResults']
>;
export type UnitCadreRow = UnitResults['cadres'][number];
export type Standing = NonNullable<UnitResults['indicatorStanding']>;
