// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../../../src/features/shared/use-hash-route';
import { routeToEntity } from '../../../../src/app/teams-startup';

describe('hash routes', () => {
  it('parses a plain view with no review or comparison', () => {
    expect(parseRoute('#/e/e1/matrix?row=r1')).toEqual({
      engagementId: 'e1',
      view: 'matrix',
      rowId: 'r1',
      creating: false,
      reviewId: null,
      compare: null,
      owners: [],
      categories: [],
    });
  });

  it('parses the reviews view with a review id', () => {
    const route = parseRoute('#/e/e1/reviews?review=rev-2');
    expect(route).toMatchObject({ engagementId: 'e1', view: 'reviews', reviewId: 'rev-2' });
    expect(route.compare).toBeNull();
  });

  it('parses a comparison pair in the order given, and ignores a malformed one', () => {
    expect(parseRoute('#/e/e1/reviews?compare=a,b').compare).toEqual(['a', 'b']);
    expect(parseRoute('#/e/e1/reviews?compare=b,a').compare).toEqual(['b', 'a']);
    expect(parseRoute('#/e/e1/reviews?compare=a').compare).toBeNull();
    expect(parseRoute('#/e/e1/reviews?compare=a,').compare).toBeNull();
    expect(parseRoute('#/e/e1/reviews?compare=a,b,c').compare).toBeNull();
    expect(parseRoute('#/e/e1/reviews?review=').reviewId).toBeNull();
  });

  it('formats review and compare routes that parse back to themselves', () => {
    const review = formatRoute({ engagementId: 'e1', view: 'reviews', reviewId: 'rev 1/x' });
    expect(review).toBe('#/e/e1/reviews?review=rev%201%2Fx');
    expect(parseRoute(review).reviewId).toBe('rev 1/x');
    const compare = formatRoute({ engagementId: 'e1', view: 'reviews', compare: ['a', 'b'] });
    expect(compare).toBe('#/e/e1/reviews?compare=a,b');
    expect(parseRoute(compare).compare).toEqual(['a', 'b']);
  });

  it('keeps the existing row links unchanged', () => {
    expect(formatRoute({ engagementId: 'e1', view: 'matrix', rowId: 'j3' })).toBe(
      '#/e/e1/matrix?row=j3',
    );
    expect(formatRoute({ engagementId: 'e1', view: 'health' })).toBe('#/e/e1/health');
  });
});

describe('routeToEntity (Teams deep links)', () => {
  afterEach(() => window.history.replaceState(null, '', '#/'));

  it('opens a review for a review:<id> subPageId', () => {
    routeToEntity('e1', 'review:rev-7');
    expect(window.location.hash).toBe('#/e/e1/reviews?review=rev-7');
  });

  it('still opens the matrix at a row for any other subPageId', () => {
    routeToEntity('e1', 'row-3');
    expect(window.location.hash).toBe('#/e/e1/matrix?row=row-3');
  });

  it('leaves the current view alone for the same engagement without a subPageId', () => {
    window.history.replaceState(null, '', '#/e/e1/reviews?review=rev-1');
    routeToEntity('e1', null);
    expect(window.location.hash).toBe('#/e/e1/reviews?review=rev-1');
  });
});

describe('matrix filters in the address (issue 12 item 7)', () => {
  it('round-trip owners and categories, including commas and spaces in a category', () => {
    const hash = formatRoute({
      engagementId: 'e1',
      view: 'matrix',
      owners: ['msp', 'joint'],
      categories: ['Security, compliance', 'Support'],
    });
    expect(parseRoute(hash)).toMatchObject({
      view: 'matrix',
      owners: ['msp', 'joint'],
      categories: ['Security, compliance', 'Support'],
    });
  });

  it('ignores an owner it does not know', () => {
    expect(parseRoute('#/e/e1/matrix?owner=msp,boss').owners).toEqual(['msp']);
  });
});
