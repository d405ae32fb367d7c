import type { Label } from '@cadre/core';
import { type EvaluationScore, evaluationScore, subjectScore } from './weighted-total.ts';

// One participant's scores in a round: per subject, the items it scored and its weighted score;
// over the subjects, the evaluation score. A participant is scored completely once at least one
// subject has scored every item: the others may still come, and are left out until they do.

export interface SheetSubject {
  id: string;
  kind: string;
  weight: number;
}

export interface SheetScore {
  subjectId: string;
  itemId: string;
  score: number;
}

/** A subject (the row it was given) with what it scored. */
export type SubjectLine<Subject extends SheetSubject = SheetSubject> = Subject & {
  /** Σ item score × item weight / 100; null until every item is scored. */
  score: number | null;
  scoredItems: number;
  complete: boolean;
};

export interface ScoreSheet<Subject extends SheetSubject = SheetSubject> {
  subjects: SubjectLine<Subject>[];
  evaluation: EvaluationScore;
  complete: boolean;
}

/** Whether scores of `scoredItems` items per subject make a complete sheet. */
export const scoredCompletely = (itemCount: number, scoredItems: readonly number[]): boolean =>
  itemCount > 0 && scoredItems.some((count) => count >= itemCount);

export function scoreSheet<Subject extends SheetSubject>(
  subjects: readonly Subject[],
  items: readonly { id: string; weight: number }[],
  scores: readonly SheetScore[],
): ScoreSheet<Subject> {
  const lines = subjects.map((subject): SubjectLine<Subject> => {
    const own = new Map(
      scores.filter((s) => s.subjectId === subject.id).map((s) => [s.itemId, s.score]),
    );
    const score = subjectScore(items, own);
    return { ...subject, score, scoredItems: own.size, complete: score !== null };
  });
  return {
    subjects: lines,
    evaluation: evaluationScore(lines),
    complete: scoredCompletely(
      items.length,
      lines.map((l) => l.scoredItems),
    ),
  };
}

/** A few names and how many there are in all: 张三、李四、王五等12人. */
export function someNames(names: readonly string[], shown = 5): Label {
  if (names.length <= shown) return { zh: names.join('、'), en: names.join(', ') };
  const few = names.slice(0, shown);
  return {
    zh: `${few.join('、')}等${names.length}人`,
    en: `${few.join(', ')} and ${names.length - shown} more`,
  };
}
