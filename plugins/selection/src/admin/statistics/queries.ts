import { type DocumentType, graphql } from '@cadre/ui';

/** The period's adjustments and appointees, and the look-back at promotions since its start. */
export const SelectionStatisticsQuery = graphql(`
  query SelectionStatistics($from: Date!, $to: Date!) {
    selectionStatistics(from: $from, to: $to) {
      adjustments {
        promotion
        lateralTransfer
        nonLeading
        removal
        total
      }
      adjustmentsByRank {
        rank
        counts {
          promotion
          lateralTransfer
          nonLeading
          removal
          total
        }
      }
      appointees {
        count
        averageAge
        women
        nonParty
        universityOrAbove
        universityOrAboveShare
        ageBands {
          label
          count
        }
      }
      promotions
      promotionsFromReservePool
      reserveShare
    }
    promotionLookBack(since: $from) {
      appointedOn
      cadre {
        id
        name
        unit {
          name
        }
      }
      selectionCase {
        id
        title
      }
      findings {
        code
        source
        reasonZh
        reasonEn
      }
    }
  }
`);

type Data = DocumentType<typeof SelectionStatisticsQuery>;
export type Statistics = Data['selectionStatistics'];
export type AdjustmentCounts = Statistics['adjustments'];
export type LookBackLine = Data['promotionLookBack'][number];
