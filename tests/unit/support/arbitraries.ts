import fc from 'fast-check';
import type { FunctionRow } from '../../../src/domain/matrix/function-row';
import type { SideRole, Side, Owner } from '../../../src/domain/matrix/roles';
import { OWNERS } from '../../../src/domain/matrix/roles';
import type { Tool } from '../../../src/domain/registers/tool-register';
import { TOOL_CATEGORIES, TOOL_DECISIONS } from '../../../src/domain/registers/tool-register';
import type { CommChannel } from '../../../src/domain/registers/channel-register';
import { CHANNEL_KINDS } from '../../../src/domain/registers/channel-register';
import type { ChangeEntry } from '../../../src/domain/engagement/change-log';
import type { Engagement } from '../../../src/domain/engagement/engagement';
import type { EngagementProfile } from '../../../src/domain/engagement/profile';
import { emptyProfile } from '../../../src/domain/engagement/profile';
import { deriveOwner } from '../../../src/domain/matrix/roles';

/** Shared fast-check arbitraries and plain builders for the domain tests (not a test file itself). */

export const sideRoleArb: fc.Arbitrary<SideRole> = fc.oneof(
  fc.constant<SideRole>({ kind: 'primary' }),
  fc.constant<SideRole>({ kind: 'none' }),
  // A secondary role names its condition (domain/matrix/roles.ts roleProblem).
  fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((condition) => condition.trim() !== '')
    .map<SideRole>((condition) => ({ kind: 'secondary', condition })),
);

export const rolesArb = fc.record({ internal: sideRoleArb, msp: sideRoleArb });

export const ownerArb: fc.Arbitrary<Owner> = fc.constantFrom(...OWNERS);

export const sideArb: fc.Arbitrary<Side> = fc.constantFrom<Side>('internal', 'msp');

/** ISO `YYYY-MM-DD` in a plausible range. */
export const isoDateArb = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

export function makeRow(overrides: Partial<FunctionRow> & Pick<FunctionRow, 'id'>): FunctionRow {
  return {
    name: `Function ${overrides.id}`,
    category: 'Support',
    internal: { kind: 'primary' },
    msp: { kind: 'none' },
    tieBreaker: null,
    notes: '',
    order: 1,
    archived: false,
    ...overrides,
  };
}

export const jointRow = (id: string, order: number, extra: Partial<FunctionRow> = {}) =>
  makeRow({
    id,
    order,
    internal: { kind: 'primary' },
    msp: { kind: 'primary' },
    ...extra,
  });

export function makeTool(overrides: Partial<Tool> & Pick<Tool, 'id'>): Tool {
  return {
    name: `Tool ${overrides.id}`,
    category: 'RMM',
    operatedBy: 'internal',
    decision: 'undecided',
    retireBy: null,
    active: true,
    ...overrides,
  };
}

export function makeChannel(
  overrides: Partial<CommChannel> & Pick<CommChannel, 'id'>,
): CommChannel {
  return { kind: 'Teams channel', name: `Channel ${overrides.id}`, active: true, ...overrides };
}

export function makeProfile(overrides: Partial<EngagementProfile> = {}): EngagementProfile {
  return {
    ...emptyProfile('2026-01-05'),
    customer: 'Contoso',
    mspName: 'Fabrikam IT',
    ...overrides,
  };
}

export function makeEngagement(overrides: Partial<Engagement> = {}): Engagement {
  return {
    id: 'eng-1',
    profile: makeProfile(),
    rows: [],
    tools: [],
    channels: [],
    changeLog: [],
    ...overrides,
  };
}

export function makeEntry(
  overrides: Partial<ChangeEntry> &
    Pick<ChangeEntry, 'id' | 'rowId' | 'at'> & {
      fromRoles?: { internal: SideRole; msp: SideRole };
      toRoles?: { internal: SideRole; msp: SideRole };
    },
): ChangeEntry {
  const { fromRoles, toRoles, ...rest } = overrides;
  const from = fromRoles ?? {
    internal: { kind: 'primary' } as SideRole,
    msp: { kind: 'none' } as SideRole,
  };
  const to = toRoles ?? {
    internal: { kind: 'none' } as SideRole,
    msp: { kind: 'primary' } as SideRole,
  };
  return {
    rowName: `Function ${overrides.rowId}`,
    by: 'msp.lead@fabrikam.example',
    from: { owner: deriveOwner(from.internal, from.msp), ...from },
    to: { owner: deriveOwner(to.internal, to.msp), ...to },
    renegotiated: false,
    reason: '',
    ...rest,
  };
}

/** Rows with unique ids `r0..rN`, arbitrary roles, tie-breakers, archive flags and orders. */
export const rowsArb = (maxLength = 20): fc.Arbitrary<FunctionRow[]> =>
  fc
    .array(
      fc.record({
        roles: rolesArb,
        tieBreaker: fc.option(sideArb, { nil: null }),
        archived: fc.boolean(),
        order: fc.integer({ min: -5, max: 50 }),
        name: fc.string({ maxLength: 20 }),
      }),
      { maxLength },
    )
    .map((specs) =>
      specs.map((spec, index) =>
        makeRow({
          id: `r${index}`,
          name: spec.name,
          internal: spec.roles.internal,
          msp: spec.roles.msp,
          tieBreaker: spec.tieBreaker,
          archived: spec.archived,
          order: spec.order,
        }),
      ),
    );

export const toolsArb: fc.Arbitrary<Tool[]> = fc
  .array(
    fc.record({
      category: fc.constantFrom(...TOOL_CATEGORIES),
      decision: fc.constantFrom(...TOOL_DECISIONS),
      retireBy: fc.option(isoDateArb, { nil: null }),
      active: fc.boolean(),
      operatedBy: fc.constantFrom<Tool['operatedBy']>('internal', 'msp', 'joint'),
    }),
    { maxLength: 12 },
  )
  .map((specs) => specs.map((spec, index) => makeTool({ id: `t${index}`, ...spec })));

export const channelsArb: fc.Arbitrary<CommChannel[]> = fc
  .array(fc.record({ kind: fc.constantFrom(...CHANNEL_KINDS), active: fc.boolean() }), {
    maxLength: 8,
  })
  .map((specs) => specs.map((spec, index) => makeChannel({ id: `c${index}`, ...spec })));

/** A whole engagement whose change log only names rows that exist (the log is append-only; rows are archived, never deleted). */
export const engagementArb: fc.Arbitrary<Engagement> = fc
  .record({
    rows: rowsArb(),
    tools: toolsArb,
    channels: channelsArb,
    threshold: fc.integer({ min: 0, max: 6 }),
    lastReviewDate: fc.option(isoDateArb, { nil: null }),
  })
  .chain(({ rows, tools, channels, threshold, lastReviewDate }) =>
    (rows.length === 0
      ? fc.constant([] as ChangeEntry[])
      : fc
          .array(
            fc.record({
              rowIndex: fc.nat({ max: rows.length - 1 }),
              fromRoles: rolesArb,
              toRoles: rolesArb,
              day: isoDateArb,
              renegotiated: fc.boolean(),
            }),
            { maxLength: 10 },
          )
          .map((specs) =>
            specs.map((spec, index) =>
              makeEntry({
                id: `e${index}`,
                rowId: rows[spec.rowIndex]!.id,
                at: `${spec.day}T12:00:00.000Z`,
                fromRoles: spec.fromRoles,
                toRoles: spec.toRoles,
                renegotiated: spec.renegotiated,
              }),
            ),
          )
    ).map((changeLog) =>
      makeEngagement({
        rows,
        tools,
        channels,
        changeLog,
        profile: makeProfile({ jointRowThreshold: threshold, lastReviewDate }),
      }),
    ),
  );
