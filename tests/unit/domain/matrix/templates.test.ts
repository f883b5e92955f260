import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BLANK_TEMPLATE,
  CO_MANAGED_TEMPLATE,
  MIGRATION_TEMPLATE,
  TEMPLATES,
  rowsFromTemplate,
  templateById,
  type MatrixTemplate,
  type TemplateId,
  type TemplateRow,
} from '../../../../src/domain/matrix/templates';
import { ownerOf } from '../../../../src/domain/matrix/function-row';
import { NONE, PRIMARY, secondary, type SideRole } from '../../../../src/domain/matrix/roles';
import { newEngagement } from '../../../../src/domain/engagement/engagement';
import { emptyProfile } from '../../../../src/domain/engagement/profile';
import { findHealthIssues } from '../../../../src/domain/health/health';
import { validateFunctionName } from '../../../../src/domain/validation';
import { rolesArb, sideArb } from '../../support/arbitraries';

/**
 * Written by hand from the seed's table ("a 75-person business with one internal IT person and a
 * co-managed partner"): ✓ → primary, a condition → secondary with that condition, — → none, Joint → primary.
 */
const SEED_MATRIX: readonly [name: string, internal: SideRole, msp: SideRole][] = [
  ['Tier 1 helpdesk (passwords, printers, basic Windows)', PRIMARY, secondary('Overflow only')],
  ['On-site visits / hands-on hardware', PRIMARY, secondary('When internal unavailable')],
  ['User onboarding / offboarding', PRIMARY, NONE],
  ['After-hours emergency response', NONE, PRIMARY],
  ['Cybersecurity monitoring / SIEM', NONE, PRIMARY],
  ['EDR management / response', NONE, PRIMARY],
  ['Email security platform', NONE, PRIMARY],
  ['Patch management for servers', NONE, PRIMARY],
  ['Patch management for workstations', PRIMARY, PRIMARY],
  ['Backup management and testing', NONE, PRIMARY],
  ['Vendor management / contracts', NONE, PRIMARY],
  ['Compliance documentation', NONE, PRIMARY],
  ['vCIO / IT strategy', NONE, PRIMARY],
  ['Major projects (migrations, deployments)', PRIMARY, PRIMARY],
];

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('the default (co-managed, 75-person) template', () => {
  const rows = CO_MANAGED_TEMPLATE.rows;

  it('has exactly the seed’s 14 rows', () => {
    expect(rows).toHaveLength(14);
  });

  it('has the seed’s function names, word for word, in the seed’s order', () => {
    expect(rows.map((row) => row.name)).toEqual(SEED_MATRIX.map(([name]) => name));
  });

  it.each(SEED_MATRIX.map(([name, internal, msp], index) => ({ index, name, internal, msp })))(
    'row $index “$name” has the seed’s split',
    ({ index, internal, msp }) => {
      const row = rows[index]!;
      expect(row.internal).toEqual(internal);
      expect(row.msp).toEqual(msp);
    },
  );

  it('makes the internal team own helpdesk, on-site and onboarding; joint workstation patching and major projects; the MSP the rest', () => {
    const owners = rows.map((row) => [row.name, ownerOf(row)]);
    expect(owners.filter(([, o]) => o === 'internal').map(([n]) => n)).toEqual([
      'Tier 1 helpdesk (passwords, printers, basic Windows)',
      'On-site visits / hands-on hardware',
      'User onboarding / offboarding',
    ]);
    expect(owners.filter(([, o]) => o === 'joint').map(([n]) => n)).toEqual([
      'Patch management for workstations',
      'Major projects (migrations, deployments)',
    ]);
    expect(owners.filter(([, o]) => o === 'msp')).toHaveLength(9);
    expect(owners.filter(([, o]) => o === 'unassigned')).toHaveLength(0);
  });

  it('gives the two joint rows the internal side as tie-breaker, and non-joint rows none (issue 12 item 4)', () => {
    for (const row of rows) {
      const joint = ownerOf(row) === 'joint';
      expect(row.tieBreaker).toBe(joint ? 'internal' : null);
    }
  });

  it('gives every row a category', () => {
    for (const row of rows) expect(row.category.trim()).not.toBe('');
  });

  it('has names that pass validation and do not clash', () => {
    const numbered = rowsFromTemplate(CO_MANAGED_TEMPLATE, counter());
    for (const row of numbered) expect(validateFunctionName(row.name, numbered, row.id)).toBeNull();
  });

  it('as a new engagement, is healthy: no finding the user did not cause (issue 12 item 4)', () => {
    const engagement = newEngagement(
      'e',
      emptyProfile('2026-06-20'),
      rowsFromTemplate(CO_MANAGED_TEMPLATE, counter()),
    );
    expect(findHealthIssues({ engagement, today: '2026-06-20' })).toEqual([]);
  });
});

describe('the migration template', () => {
  const names = MIGRATION_TEMPLATE.rows.map((row) => row.name.toLowerCase());

  it.each(['plan', 'cutover', 'rollback', 'user communication', 'hypercare'])(
    'covers %s',
    (topic) => {
      expect(names.some((name) => name.includes(topic))).toBe(true);
    },
  );

  it('has no unowned rows and a tie-breaker on every joint row', () => {
    for (const row of MIGRATION_TEMPLATE.rows) {
      expect(ownerOf(row)).not.toBe('unassigned');
      if (ownerOf(row) === 'joint') expect(row.tieBreaker).not.toBeNull();
      else expect(row.tieBreaker).toBeNull();
    }
  });

  it('produces no health findings as a fresh engagement', () => {
    const engagement = newEngagement(
      'm',
      emptyProfile('2026-06-20'),
      rowsFromTemplate(MIGRATION_TEMPLATE, counter()),
    );
    expect(findHealthIssues({ engagement, today: '2026-06-20' })).toEqual([]);
  });

  it('has unique names', () => {
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('template lookup', () => {
  it('lists the three templates with distinct ids', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['co-managed-75', 'migration-project', 'blank']);
  });

  it('finds each template by id', () => {
    for (const template of TEMPLATES) expect(templateById(template.id)).toBe(template);
  });

  it('falls back to the blank template for an unknown id', () => {
    expect(templateById('nope' as TemplateId)).toBe(BLANK_TEMPLATE);
    expect(BLANK_TEMPLATE.rows).toEqual([]);
  });
});

describe('rowsFromTemplate', () => {
  it('numbers the default template 1..14 with fresh ids and nothing archived', () => {
    const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, counter());
    expect(rows.map((row) => row.order)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 14 }, (_, i) => `id-${i + 1}`));
    expect(rows.every((row) => !row.archived)).toBe(true);
  });

  it('yields no rows for the blank template and never asks for an id', () => {
    let calls = 0;
    expect(rowsFromTemplate(BLANK_TEMPLATE, () => `x${++calls}`)).toEqual([]);
    expect(calls).toBe(0);
  });

  const templateArb: fc.Arbitrary<MatrixTemplate> = fc
    .array(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 20 }),
        category: fc.string({ maxLength: 10 }),
        roles: rolesArb,
        tieBreaker: fc.option(sideArb, { nil: null }),
        notes: fc.string({ maxLength: 10 }),
      }),
      { maxLength: 30 },
    )
    .map((specs) => ({
      id: 'blank' as const,
      label: 'generated',
      description: '',
      rows: specs.map((spec): TemplateRow => ({
        name: spec.name,
        category: spec.category,
        internal: spec.roles.internal,
        msp: spec.roles.msp,
        tieBreaker: spec.tieBreaker,
        notes: spec.notes,
      })),
    }));

  it('numbers any template 1..n, one fresh id per row, keeping every template field (property)', () => {
    fc.assert(
      fc.property(templateArb, (template) => {
        const snapshot = structuredClone(template);
        const rows = rowsFromTemplate(template, counter());
        expect(rows.map((row) => row.order)).toEqual(template.rows.map((_, i) => i + 1));
        expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
        rows.forEach((row, i) => {
          const { id, order, archived, ...rest } = row;
          expect(id).toBe(`id-${i + 1}`);
          expect(order).toBe(i + 1);
          expect(archived).toBe(false);
          expect(rest).toEqual(template.rows[i]);
        });
        expect(template).toEqual(snapshot);
      }),
    );
  });

  it('gives different ids on a second call (rows of two engagements never share ids)', () => {
    const next = counter();
    const first = rowsFromTemplate(CO_MANAGED_TEMPLATE, next).map((row) => row.id);
    const second = rowsFromTemplate(CO_MANAGED_TEMPLATE, next).map((row) => row.id);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });
});

describe('a new engagement from the guide opens without findings it did not cause (issue 12 item 4)', () => {
  it('has no "joint function without a tie-breaker" warning', () => {
    let n = 0;
    const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `r${++n}`);
    const engagement = newEngagement('e', emptyProfile('2026-06-01'), rows);
    const findings = findHealthIssues({ engagement, today: '2026-06-02' });
    expect(findings.filter((finding) => finding.check === 'joint-without-tie-breaker')).toEqual([]);
  });
});
