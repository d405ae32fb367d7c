/** A share (0–1) as a percentage with one decimal: 0.815 → 81.5%. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
