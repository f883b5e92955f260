import { describe, expect, it } from 'vitest';
import { PRIMARY, NONE } from '../../../../src/domain/matrix/roles';
import { tieBreakerNote } from '../../../../src/features/board/board-model';

describe('a board card’s tie-breaker note', () => {
  it('names the tie-breaker of a joint row, says when there is none, and says nothing otherwise', () => {
    expect(tieBreakerNote({ internal: PRIMARY, msp: PRIMARY, tieBreaker: 'internal' })).toBe(
      'Tie-breaker: Internal',
    );
    expect(tieBreakerNote({ internal: PRIMARY, msp: PRIMARY, tieBreaker: null })).toBe(
      'No tie-breaker named yet',
    );
    expect(tieBreakerNote({ internal: PRIMARY, msp: NONE, tieBreaker: null })).toBeNull();
  });
});
