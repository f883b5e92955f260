import { useState, useSyncExternalStore } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PLANNER_LINK_ID } from '../../domain/plan/planner-link';
import { useOpenEngagement } from '../shared/engagement-context';
import { useServices, type PlannerAccess } from '../shared/services-context';
import { createPlannerSync } from '../../application/planner/planner-sync';
import type { PlannerSyncChoices } from '../../application/planner/planner-sync-plan';
import {
  defaultPlanTitle,
  type PlannerSyncSummary,
} from '../../application/planner/planner-sync-run';
import { describeSync } from './planner-sync-summary';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * Planner for the 90-day plan: one task per milestone in the team's group plan. Local mode (no
 * team) keeps the milestones as "not yet in Planner". Syncing waits for pending edits, so the
 * sync reads what the store has; its results are saved through the engagement session.
 */
export function PlannerSyncPanel() {
  const { planner } = useServices();
  const styles = useStyles();
  if (!planner) {
    return (
      <section className={styles.panel} aria-label="Planner">
        <Body1>
          <strong>Not yet in Planner.</strong> Milestones become Planner tasks when this engagement
          lives in a team: open it from its Teams channel tab and select Sync with Planner.
        </Body1>
      </section>
    );
  }
  return <TeamsPlannerSync planner={planner} />;
}

function TeamsPlannerSync({ planner }: { readonly planner: PlannerAccess }) {
  const styles = useStyles();
  const { engagement, sync: saveState, session } = useOpenEngagement();
  const [workflow] = useState(() =>
    createPlannerSync({
      planner: planner.tasks,
      groupId: planner.groupId,
      commit: session.commit,
      refresh: session.refresh,
      allow: planner.allow,
    }),
  );
  const { status, plans } = useSyncExternalStore(workflow.subscribe, workflow.getState);
  // The first sync makes a new plan, or links one of the team's plans the user picks.
  const [chosenPlanId, setChosenPlanId] = useState('');
  const link = engagement.plannerLinks.find((record) => record.id === PLANNER_LINK_ID) ?? null;
  const pendingEdits = saveState.status !== 'saved';
  const busy = status.kind === 'syncing';

  const request = () => ({
    engagementId: engagement.id,
    profile: engagement.profile,
    milestones: engagement.milestones,
    link,
    target: chosenPlanId
      ? ({ kind: 'existing', planId: chosenPlanId, groupId: planner.groupId } as const)
      : ({
          kind: 'new',
          groupId: planner.groupId,
          title: defaultPlanTitle(engagement.profile.customer),
        } as const),
  });
  const run = (choices?: PlannerSyncChoices) => workflow.sync(request(), choices);
  const loadPlans = () => workflow.loadPlans();
  const allowAndRun = () => workflow.allowAndSync(request());

  const summary = status.kind === 'done' ? status.summary : null;
  return (
    <section className={styles.panel} aria-label="Planner" aria-busy={busy}>
      <div className={styles.row}>
        <Body1>
          {link ? (
            <>
              In Planner as <strong>“{link.planTitle}”</strong>.
            </>
          ) : (
            <>
              <strong>Not yet in Planner.</strong> Syncing makes a plan in this team with a bucket
              per phase and a task per milestone.
            </>
          )}
        </Body1>
        <Button
          appearance="primary"
          disabled={busy || pendingEdits || engagement.milestones.length === 0}
          onClick={() => void run()}
        >
          {link ? 'Sync with Planner' : chosenPlanId ? 'Link the plan' : 'Create the Planner plan'}
        </Button>
        {!link && plans === null && (
          <Button disabled={busy} onClick={() => void loadPlans()}>
            Use an existing plan…
          </Button>
        )}
        {busy && <Spinner size="tiny" label="Syncing with Planner…" />}
      </div>
      {!link && plans !== null && (
        <div className={styles.row}>
          <label htmlFor="planner-plan-choice">
            <Body1>Plan</Body1>
          </label>
          <Select
            id="planner-plan-choice"
            value={chosenPlanId}
            onChange={(_, data) => setChosenPlanId(data.value)}
          >
            <option value="">A new plan for this engagement</option>
            {plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.title}
              </option>
            ))}
          </Select>
        </div>
      )}
      {pendingEdits && !busy && <Body1>Sync is available once your last changes are saved.</Body1>}
      {status.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Planner was not synced</MessageBarTitle>
            {status.message}
          </MessageBarBody>
          {status.needsConsent && (
            <MessageBarActions>
              <Button onClick={() => void allowAndRun()}>Allow Planner access</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {summary && <SyncReport summary={summary} onChoose={(choices) => void run(choices)} />}
    </section>
  );
}

/** What the last sync did, in sentences (each its own, so they never run together). */
export function SyncReport({
  summary,
  onChoose,
}: {
  readonly summary: PlannerSyncSummary;
  readonly onChoose: (choices: PlannerSyncChoices) => void;
}) {
  const styles = useStyles();
  const troubled =
    summary.conflicts.length + summary.deletedInPlanner.length + summary.refused.length > 0;
  return (
    <MessageBar intent={troubled ? 'warning' : 'success'} role="status">
      <MessageBarBody>
        <span data-testid="planner-sync-result">{describeSync(summary)}</span>{' '}
        {summary.conflicts.length > 0 && (
          <>
            <Body1 as="p">Changed both here and in Planner (nothing was overwritten):</Body1>
            <ul className={styles.list}>
              {summary.conflicts.map((issue) => (
                <li key={issue.taskId ?? issue.title}>
                  {issue.title}{' '}
                  {issue.milestoneId && (
                    <Button
                      size="small"
                      onClick={() => onChoose({ overwrite: [issue.milestoneId as string] })}
                    >
                      Use Tandem’s version
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {summary.deletedInPlanner.length > 0 && (
          <>
            <Body1 as="p">Deleted in Planner (not created again):</Body1>
            <ul className={styles.list}>
              {summary.deletedInPlanner.map((issue) => (
                <li key={issue.taskId ?? issue.title}>
                  {issue.title}{' '}
                  {issue.milestoneId && (
                    <Button
                      size="small"
                      onClick={() => onChoose({ recreate: [issue.milestoneId as string] })}
                    >
                      Create the task again
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {summary.refused.length > 0 && (
          <>
            <Body1 as="p">Planner refused:</Body1>
            <ul className={styles.list}>
              {summary.refused.map((issue) => (
                <li key={`${issue.taskId ?? ''}${issue.title}`}>
                  {issue.title}: {issue.reason}
                </li>
              ))}
            </ul>
          </>
        )}
        {summary.unknownLeads.length > 0 && (
          <Body1 as="p">
            Not found in this organisation, so their tasks are unassigned:{' '}
            {summary.unknownLeads.join(', ')}.
          </Body1>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
