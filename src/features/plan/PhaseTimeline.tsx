import { useId } from 'react';
import {
  Caption1,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { dayPosition, type PhaseProgress, type TodayMarker } from '../../domain/plan/plan-status';
import { percent } from './plan-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 14rem) 1fr 4rem',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  name: { display: 'flex', flexDirection: 'column' },
  track: {
    position: 'relative',
    height: '24px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  axis: { position: 'relative', height: '36px' },
  span: {
    position: 'absolute',
    top: '4px',
    bottom: '4px',
    display: 'flex',
    alignItems: 'center',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
  },
  bar: { width: '100%' },
  tick: { position: 'absolute', bottom: 0, transform: 'translateX(-50%)', whiteSpace: 'nowrap' },
  marker: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    width: tokens.strokeWidthThick,
    backgroundColor: tokens.colorNeutralForeground1,
    transform: 'translateX(-50%)',
  },
  markerLabel: {
    position: 'absolute',
    top: 0,
    transform: 'translateX(-50%)',
    whiteSpace: 'nowrap',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  current: { fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  readonly phases: readonly PhaseProgress[];
  readonly marker: TodayMarker;
  readonly lastDay: number;
}

const pct = (fraction: number) => `${fraction * 100}%`;

/**
 * The three phases on one day axis, each with its progress, and a line at today. The line is
 * drawn only; its words ("Today: day 46") are in the summary above, for screen readers too.
 */
export function PhaseTimeline({ phases, marker, lastDay }: Props) {
  const styles = useStyles();
  const titleId = useId();
  const line = (key: string) =>
    marker.where === 'during' ? (
      <span key={key} className={styles.marker} style={{ left: pct(marker.position) }} />
    ) : null;
  const ticks = [...new Set([1, ...phases.flatMap((p) => [p.phase.startDay, p.phase.endDay])])];

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        Phases
      </Subtitle2>
      <div className={styles.row} aria-hidden>
        <span />
        <div className={styles.axis}>
          {ticks.map((day) => (
            <Caption1
              key={day}
              className={styles.tick}
              style={{ left: pct(dayPosition(day, lastDay)) }}
            >
              {day}
            </Caption1>
          ))}
          {marker.where === 'during' && (
            <Caption1
              className={styles.markerLabel}
              style={{ left: pct(marker.position) }}
              data-testid="today-marker"
            >
              Today · day {marker.day}
            </Caption1>
          )}
        </div>
        <span />
      </div>
      <ol className={styles.list}>
        {phases.map((progress) => {
          const { phase } = progress;
          const left = dayPosition(phase.startDay, lastDay);
          const right = dayPosition(phase.endDay + 1, lastDay);
          return (
            <li
              key={phase.id}
              className={styles.row}
              data-phase={phase.id}
              data-state={progress.state}
            >
              <span className={styles.name}>
                <Text className={progress.state === 'current' ? styles.current : undefined}>
                  {phase.name}
                  {progress.state === 'current' ? ' (now)' : ''}
                </Text>
                <Caption1>
                  Days {phase.startDay}–{phase.endDay} ·{' '}
                  <time dateTime={progress.startDate}>{progress.startDate}</time> to{' '}
                  <time dateTime={progress.endDate}>{progress.endDate}</time>
                </Caption1>
              </span>
              <div className={styles.track}>
                <div className={styles.span} style={{ left: pct(left), width: pct(right - left) }}>
                  <ProgressBar
                    className={styles.bar}
                    value={progress.progress}
                    thickness="large"
                    aria-label={`${phase.name} progress`}
                    aria-valuetext={`${percent(progress.progress)}, ${progress.done} of ${progress.milestones} milestones done`}
                  />
                </div>
                {line(phase.id)}
              </div>
              <Text>{percent(progress.progress)}</Text>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
