import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { EngagementProfile } from '../../domain/engagement/profile';
import type { MilestoneProgress, PhaseProgress } from '../../domain/plan/plan-status';
import { MilestoneItem } from './MilestoneItem';

const useStyles = makeStyles({
  phase: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

export interface MilestoneHandlers {
  readonly onProgress: (id: string, percent: number) => void;
  readonly onTick: (id: string, itemId: string, done: boolean) => void;
  readonly onEdit: (id: string) => void;
  readonly onRemove: (id: string) => void;
}

interface Props extends MilestoneHandlers {
  readonly phases: readonly PhaseProgress[];
  readonly milestones: readonly MilestoneProgress[];
  readonly leads: Pick<EngagementProfile, 'internalLead' | 'mspLead'>;
}

/** The milestones phase by phase, in plan order; each phase says how many are done. */
export function MilestoneList({ phases, milestones, leads, ...handlers }: Props) {
  const styles = useStyles();
  return (
    <>
      {phases.map(({ phase, done, milestones: count }) => {
        const own = milestones.filter((item) => item.milestone.phase === phase.id);
        return (
          <section key={phase.id} className={styles.phase} aria-label={phase.name}>
            <Subtitle2 as="h3">
              {phase.name} · days {phase.startDay}–{phase.endDay} · {done} of {count} done
            </Subtitle2>
            {own.length === 0 ? (
              <Body1 as="p">No milestones in this phase.</Body1>
            ) : (
              <ul className={styles.list} aria-label={`${phase.name} milestones`}>
                {own.map((item) => {
                  const { id } = item.milestone;
                  return (
                    <li key={id}>
                      <MilestoneItem
                        item={item}
                        leads={leads}
                        onProgress={(percent) => handlers.onProgress(id, percent)}
                        onTick={(itemId, isDone) => handlers.onTick(id, itemId, isDone)}
                        onEdit={() => handlers.onEdit(id)}
                        onRemove={() => handlers.onRemove(id)}
                      />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
