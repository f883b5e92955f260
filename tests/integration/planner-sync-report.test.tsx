/** The Planner sync's report as a person reads it (issue 12 item 8: two sentences ran together). */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SyncReport } from '../../src/features/plan/PlannerSyncPanel';

describe('Planner sync report', () => {
  it('keeps a space between the outcome and the leads not found', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SyncReport
          onChoose={() => undefined}
          summary={{
            created: 12,
            updated: 0,
            progressPulled: 0,
            conflicts: [],
            deletedInPlanner: [],
            refused: [],
            keptPlannerEdits: [],
            leftInPlanner: [],
            linkedExisting: 0,
            unknownLeads: ['max@fabrikam.example'],
            writes: 12,
            planId: 'p1',
            planTitle: 'Contoso: first 90 days (Tandem)',
            labelsInUse: [],
          }}
        />
      </FluentProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain(
      '12 tasks created. Not found in this organisation',
    );
  });
});
