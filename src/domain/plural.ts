/** "1 row", "3 rows", "2 changes": a count with its noun, for every sentence Tandem writes. */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
