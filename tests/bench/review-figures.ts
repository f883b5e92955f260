/**
 * The quarterly review's channel post: its size as the Graph adapter sends it (Teams takes about 28
 * KB per post, docs/platform.md#channel-messages; the budget is 28,000 bytes) for a first review of
 * the guide's 14-row matrix and for a 2,000-row matrix whose every row moved toward the MSP, and
 * the requests one post costs on the Graph emulator (real adapter and graph-client). Counts and
 * bytes, not times.
 */
import { createGraphChannelPoster } from '../../src/adapters/graph/teams/channel-poster';
import { newEngagement, type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import type { FunctionRow } from '../../src/domain/matrix/function-row';
import { createReview } from '../../src/domain/review/review';
import { type Review } from '../../src/domain/review/review-record';
import {
  MESSAGE_BYTE_BUDGET,
  buildReviewMessage,
  messageBytes,
} from '../../src/features/review/card/review-card';
import { NONE, PRIMARY } from '../../src/domain/matrix/roles';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { createGraphEmulator } from '../fakes/graph-emulator/index';
import { clientFor } from '../fakes/graph-emulator/test-harness';

export interface ReviewFigure {
  readonly step: string;
  readonly bytes: number;
  readonly roundTrips: number | null;
}

const TEAM = 'a3b1c2d4-0000-4000-8000-0000000000b1';
const CHANNEL = '19:bench@thread.tacv2';
const DEEP_LINK =
  'https://teams.microsoft.com/l/entity/6f0e2c1a-4b7d-4e39-9a58-0c3d2b1e7f44/bench?label=Review';

function engagementOf(rowCount: number, internalOwns: boolean): Engagement {
  let n = 0;
  const template = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `t-${++n}`);
  const rows: FunctionRow[] = Array.from({ length: rowCount }, (_, index) => ({
    ...(template[index % template.length] as FunctionRow),
    id: `row-${index + 1}`,
    name: `${template[index % template.length]!.name} #${index + 1}`,
    order: index + 1,
    internal: internalOwns ? PRIMARY : NONE,
    msp: internalOwns ? NONE : PRIMARY,
    tieBreaker: null,
  }));
  const profile = { ...emptyProfile('2026-01-05'), customer: 'Bench', mspName: 'Bench MSP' };
  return newEngagement(`bench-${rowCount}`, profile, rows);
}

const messageOf = (review: Review) =>
  buildReviewMessage({ review, customer: 'Bench', mspName: 'Bench MSP', deepLink: DEEP_LINK });

export async function measureReviewPost(): Promise<ReviewFigure[]> {
  let next = 0;
  const guideRows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `g-${++next}`);
  const firstOf14 = createReview({
    id: 'r14',
    engagement: newEngagement(
      'bench-14',
      { ...emptyProfile('2026-01-05'), customer: 'Bench' },
      guideRows,
    ),
    date: '2026-10-05',
    previous: null,
  });
  const before = createReview({
    id: 'r-before',
    engagement: engagementOf(2000, true),
    date: '2026-07-05',
    previous: null,
  });
  const allMoved = createReview({
    id: 'r-after',
    engagement: engagementOf(2000, false),
    date: '2026-10-05',
    previous: before,
  });

  const graph = createGraphEmulator();
  graph.addJoinedTeam({ id: TEAM, displayName: 'Bench team' });
  graph.addChannel(TEAM, { id: CHANNEL, displayName: 'Reviews' });
  const poster = createGraphChannelPoster({ client: clientFor(graph) });

  const figures: ReviewFigure[] = [];
  for (const [step, review] of [
    ['first review, 14-row guide matrix', firstOf14],
    [
      `2,000 rows, ${allMoved.diff.moves.length.toLocaleString('en')} moves toward the MSP`,
      allMoved,
    ],
  ] as const) {
    const message = messageOf(review);
    graph.log.reset();
    await poster.post({ teamId: TEAM, channelId: CHANNEL }, message);
    figures.push({ step, bytes: messageBytes(message), roundTrips: graph.log.roundTrips() });
  }
  if (figures.some((figure) => figure.bytes > MESSAGE_BYTE_BUDGET)) {
    throw new Error(`A review post is over the ${MESSAGE_BYTE_BUDGET}-byte budget.`);
  }
  return figures;
}
