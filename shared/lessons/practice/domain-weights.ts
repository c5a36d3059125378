/**
 * Results per exam domain with the exam's weights, the way AWS reports a score report's sections: every domain of the
 * exam in guide order (also those the attempt had no question for), each with its share of the exam, its own percent
 * and the weighted estimate over the domains that were asked. Pure: it reads a scored attempt and an exam map.
 */
import type { ExamMap } from '../exams/exam-map';
import type { DomainResult } from './results';

/** One domain row of the results screen. */
export interface WeightedDomain {
  domainId: string;
  title: string;
  /** Percent of the exam's scored content (from the exam guide). */
  weight: number;
  correct: number;
  total: number;
  /** Whole percent correct in this domain, rounded down; undefined when the attempt asked nothing from it. */
  percent?: number;
}

/** The domain table and the weighted estimate. */
export interface WeightedResults {
  exam: string;
  retired: boolean;
  domains: WeightedDomain[];
  /**
   * Sum over asked domains of weight × share correct, divided by the weight of the asked domains: what the score
   * would be if each domain counted as much as on the real exam. Whole percent, rounded down; 0 when nothing was asked.
   */
  weightedPercent: number;
  /** Percent of the exam's weight that the attempt covered (domains with at least one question). */
  coveredWeight: number;
}

/** Builds the weighted domain table of `map` from an attempt's `byDomain` results. */
export function weightedDomainResults(byDomain: readonly DomainResult[], map: ExamMap): WeightedResults {
  const found = new Map(byDomain.filter((d) => d.exam === map.exam).map((d) => [d.domainId, d]));
  let weighted = 0;
  let askedWeight = 0;
  const domains = map.domains.map((d): WeightedDomain => {
    const r = found.get(d.id);
    const total = r?.total ?? 0;
    const correct = r?.correct ?? 0;
    const row: WeightedDomain = { domainId: d.id, title: d.title, weight: d.weight, correct, total };
    if (total > 0) {
      row.percent = Math.floor((correct * 100) / total);
      weighted += (d.weight * correct) / total;
      askedWeight += d.weight;
    }
    return row;
  });
  const totalWeight = map.domains.reduce((s, d) => s + d.weight, 0);
  return {
    exam: map.exam,
    retired: map.retired !== undefined,
    domains,
    weightedPercent: askedWeight === 0 ? 0 : Math.floor((weighted * 100) / askedWeight + 1e-9),
    coveredWeight: totalWeight === 0 ? 0 : Math.round((askedWeight * 100) / totalWeight),
  };
}
