import { describe, expect, it } from 'vitest';
import { newEngagement } from '../../../../src/domain/engagement/engagement';
import {
  DEFAULT_JOINT_ROW_THRESHOLD,
  emptyProfile,
} from '../../../../src/domain/engagement/profile';
import {
  CHANNEL_KINDS,
  MAX_ACTIVE_CHANNELS,
} from '../../../../src/domain/registers/channel-register';
import { TOOL_CATEGORIES, TOOL_DECISIONS } from '../../../../src/domain/registers/tool-register';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../../../src/domain/matrix/templates';

describe('emptyProfile', () => {
  it('sizes a new engagement like the seed’s example: 75 people, one internal IT person', () => {
    expect(emptyProfile('2026-06-20')).toEqual({
      customer: '',
      employeeCount: 75,
      internalItHeadcount: 1,
      mspName: '',
      startDate: '2026-06-20',
      internalLead: { name: '', upn: '' },
      mspLead: { name: '', upn: '' },
      jointRowThreshold: DEFAULT_JOINT_ROW_THRESHOLD,
      lastReviewDate: null,
    });
  });
});

describe('newEngagement', () => {
  it('starts with the given rows and empty registers and log', () => {
    let n = 0;
    const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `r${++n}`);
    const engagement = newEngagement('e1', emptyProfile('2026-06-20'), rows);
    expect(engagement.id).toBe('e1');
    expect(engagement.rows).toBe(rows);
    expect(engagement.tools).toEqual([]);
    expect(engagement.channels).toEqual([]);
    expect(engagement.changeLog).toEqual([]);
  });
});

describe('registers', () => {
  it('allows two active channels, the seed’s “pick two”', () => {
    expect(MAX_ACTIVE_CHANNELS).toBe(2);
  });

  it('lists the seed’s channels (standups, ticketing, e-mail, phone) among the kinds', () => {
    for (const kind of ['Daily standup', 'Joint ticketing', 'E-mail', 'Phone', 'Weekly call'])
      expect(CHANNEL_KINDS).toContain(kind);
  });

  it('has a tool category for each tool in the seed’s stack, with EDR and antivirus together', () => {
    for (const category of [
      'RMM',
      'EDR / antivirus',
      'Email security',
      'Backup',
      'SIEM / monitoring',
      'Awareness training',
      'Patch management',
      'Documentation',
    ])
      expect(TOOL_CATEGORIES).toContain(category);
    expect(TOOL_DECISIONS).toEqual(['undecided', 'keep', 'replace', 'retire']);
  });
});
