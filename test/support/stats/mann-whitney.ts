/**
 * The Mann–Whitney U test (Wilcoxon rank-sum), two-sided, with the normal
 * approximation, the tie correction and a continuity correction — the usual
 * choice for samples of a few hundred, where the exact distribution is too
 * costly and the approximation is close. Used to say whether sign-in timings
 * of real and unknown accounts could come from one distribution: a rank test,
 * because timings are skewed (a slow tail of garbage collection and scheduling)
 * and a mean would follow the tail.
 */

export interface RankTest {
  /** U of the first sample: how often one of its values beats one of the second's (ties count ½). */
  u: number;
  z: number;
  /** Two-sided p-value: small means the two samples look different. */
  p: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mannWhitney(first: readonly number[], second: readonly number[]): RankTest {
  const n1 = first.length;
  const n2 = second.length;
  if (n1 === 0 || n2 === 0) throw new Error('Both samples need at least one value');
  const all = [
    ...first.map((value) => ({ value, fromFirst: true })),
    ...second.map((value) => ({ value, fromFirst: false })),
  ].sort((a, b) => a.value - b.value);

  // Average ranks over runs of equal values; Σ(t³ − t) over those runs feeds the tie correction.
  let rankSumFirst = 0;
  let tieTerm = 0;
  for (let start = 0; start < all.length;) {
    let end = start;
    while (end + 1 < all.length && all[end + 1]!.value === all[start]!.value) end += 1;
    const averageRank = (start + end) / 2 + 1;
    const run = end - start + 1;
    tieTerm += run ** 3 - run;
    for (let i = start; i <= end; i += 1) if (all[i]!.fromFirst) rankSumFirst += averageRank;
    start = end + 1;
  }

  const u = rankSumFirst - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return { u, z: 0, p: 1 }; // every value equal: nothing tells them apart
  const distance = Math.max(0, Math.abs(u - mean) - 0.5);
  const z = distance / Math.sqrt(variance);
  return { u, z, p: Math.min(1, erfc(z / Math.SQRT2)) };
}

/**
 * The complementary error function, by the Chebyshev fit of Numerical Recipes
 * (§6.2, fractional error below 1.2e-7 everywhere): 2·(1 − Φ(z)) = erfc(z/√2).
 */
export function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? y : 2 - y;
}
