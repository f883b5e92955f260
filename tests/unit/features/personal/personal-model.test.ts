import { describe, expect, it } from 'vitest';
import { personalView } from '../../../../src/features/personal/personal-model';
import { NONE, PRIMARY } from '../../../../src/domain/matrix/roles';
import type {
  ReachableEngagement,
  ReachableTeam,
} from '../../../../src/ports/engagement-directory';
import { makeRow } from '../../support/arbitraries';

const ME = 'me@contoso.example';
const team = (id: string, displayName: string) => ({ id, displayName, isArchived: false });

function engagement(customer: string, mspLead: string, rows: ReachableEngagement['rows']) {
  return {
    id: `e-${customer}`,
    customer,
    mspName: 'Fabrikam',
    startDate: '2026-01-05',
    internalLead: { name: 'Ian', upn: 'ian@contoso.example' },
    mspLead: { name: 'M', upn: mspLead },
    rows,
  } satisfies ReachableEngagement;
}

describe('personalView', () => {
  it('orders teams and engagements by name, counts teams without Tandem, derives owned rows', () => {
    const teams: ReachableTeam[] = [
      {
        team: team('z', 'zeta'),
        status: 'read',
        engagements: [
          engagement('Beta', ME, [
            makeRow({ id: 'r1', order: 2, internal: NONE, msp: PRIMARY }),
            makeRow({ id: 'r2', order: 1, internal: PRIMARY, msp: NONE }),
          ]),
          engagement('alpha', 'other@x.example', null),
        ],
      },
      { team: team('e', 'Empty'), status: 'read', engagements: [] },
      { team: team('a', 'Alpha team'), status: 'unreadable', reason: 'No access.' },
    ];
    const view = personalView(teams, ME.toUpperCase());
    expect(view.teams.map((t) => t.team.displayName)).toEqual(['Alpha team', 'zeta']);
    expect(view.teamsWithoutTandem).toBe(1);
    expect(view.engagementCount).toBe(2);
    expect(view.leadsAny).toBe(true);
    const zeta = view.teams[1]!;
    if (zeta.kind !== 'engagements') throw new Error('zeta was read');
    expect(
      zeta.engagements.map((e) => [e.customer, e.ledSides, e.ownedRows.map((r) => r.id)]),
    ).toEqual([
      ['alpha', [], []],
      ['Beta', ['msp'], ['r1']],
    ]);
  });

  it('says the user leads nothing when no engagement names them', () => {
    const teams: ReachableTeam[] = [
      { team: team('a', 'A'), status: 'read', engagements: [engagement('X', 'x@y.example', null)] },
    ];
    expect(personalView(teams, ME).leadsAny).toBe(false);
    expect(personalView(teams, null).leadsAny).toBe(false);
  });
});
