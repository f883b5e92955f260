import type { FunctionRow } from './function-row';
import { NONE, PRIMARY, secondary, type Side, type SideRole } from './roles';

/** A starting matrix: rows without ids (ids are given when an engagement is created). */
export interface MatrixTemplate {
  readonly id: TemplateId;
  readonly label: string;
  readonly description: string;
  readonly rows: readonly TemplateRow[];
}

export type TemplateId = 'co-managed-75' | 'migration-project' | 'blank';

export type TemplateRow = Omit<FunctionRow, 'id' | 'order' | 'archived'>;

const row = (
  name: string,
  category: string,
  internal: SideRole,
  msp: SideRole,
  tieBreaker: Side | null = null,
  notes = '',
): TemplateRow => ({ name, category, internal, msp, tieBreaker, notes });

/**
 * The seed's matrix "for a 75-person business with one internal IT person and a co-managed partner",
 * word for word. Joint rows get the tie-breaker the seed implies is needed but leaves open (null), so
 * the health check asks the team to choose one.
 */
export const CO_MANAGED_TEMPLATE: MatrixTemplate = {
  id: 'co-managed-75',
  label: 'Co-managed IT (75-person business, one internal IT person)',
  description: 'The 14-row responsibility matrix from the co-managed IT guide.',
  rows: [
    row(
      'Tier 1 helpdesk (passwords, printers, basic Windows)',
      'Support',
      PRIMARY,
      secondary('Overflow only'),
    ),
    row(
      'On-site visits / hands-on hardware',
      'Support',
      PRIMARY,
      secondary('When internal unavailable'),
    ),
    row('User onboarding / offboarding', 'Support', PRIMARY, NONE),
    row('After-hours emergency response', 'Support', NONE, PRIMARY),
    row('Cybersecurity monitoring / SIEM', 'Security', NONE, PRIMARY),
    row('EDR management / response', 'Security', NONE, PRIMARY),
    row('Email security platform', 'Security', NONE, PRIMARY),
    row('Patch management for servers', 'Operations', NONE, PRIMARY),
    // The guide's two joint rows come with a tie-breaker, so a new engagement does not open with
    // warnings it did not cause: the internal side, which "continues to own day-to-day IT
    // operations" and the business's projects (the guide's opening); both leads can change it.
    row('Patch management for workstations', 'Operations', PRIMARY, PRIMARY, 'internal'),
    row('Backup management and testing', 'Operations', NONE, PRIMARY),
    row('Vendor management / contracts', 'Governance', NONE, PRIMARY),
    row('Compliance documentation', 'Governance', NONE, PRIMARY),
    row('vCIO / IT strategy', 'Governance', NONE, PRIMARY),
    row('Major projects (migrations, deployments)', 'Projects', PRIMARY, PRIMARY, 'internal'),
  ],
};

/**
 * For a joint project channel (a migration): the seed says major projects are joint work, so the
 * template spells out which parts of the project each side leads.
 */
export const MIGRATION_TEMPLATE: MatrixTemplate = {
  id: 'migration-project',
  label: 'Joint project: migration',
  description: 'Planning, cutover, rollback, user communication and hypercare for one migration.',
  rows: [
    row(
      'Discovery and inventory of what moves',
      'Planning',
      secondary('Provides access and context'),
      PRIMARY,
    ),
    row('Migration plan and schedule', 'Planning', PRIMARY, PRIMARY, 'internal'),
    row(
      'Pilot group selection and pilot run',
      'Planning',
      PRIMARY,
      secondary('Runs pilot tooling'),
    ),
    row('Cutover execution', 'Cutover', secondary('On site during cutover'), PRIMARY),
    row('Go / no-go decision', 'Cutover', PRIMARY, secondary('Recommends')),
    row('Rollback plan and execution', 'Cutover', NONE, PRIMARY),
    row('User communication and training', 'People', PRIMARY, secondary('Supplies material')),
    row('Hypercare (first two weeks after cutover)', 'Support', PRIMARY, PRIMARY, 'msp'),
    row('Decommissioning the old system', 'Closure', PRIMARY, secondary('Data wipe certificates')),
    row('Updated documentation and handover', 'Closure', NONE, PRIMARY),
  ],
};

export const BLANK_TEMPLATE: MatrixTemplate = {
  id: 'blank',
  label: 'Blank matrix',
  description: 'Start with no rows.',
  rows: [],
};

export const TEMPLATES: readonly MatrixTemplate[] = [
  CO_MANAGED_TEMPLATE,
  MIGRATION_TEMPLATE,
  BLANK_TEMPLATE,
];

export function templateById(id: TemplateId): MatrixTemplate {
  return TEMPLATES.find((template) => template.id === id) ?? BLANK_TEMPLATE;
}

/** Rows for a new engagement, numbered in template order. `newId` is supplied by the caller. */
export function rowsFromTemplate(template: MatrixTemplate, newId: () => string): FunctionRow[] {
  return template.rows.map((templateRow, index) => ({
    ...templateRow,
    id: newId(),
    order: index + 1,
    archived: false,
  }));
}
