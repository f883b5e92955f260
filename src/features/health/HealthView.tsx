import { useId } from 'react';
import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { findHealthIssues } from '../../domain/health/health';
import { type Finding, type Severity } from '../../domain/health/finding';
import { UNANSWERED_DAY_90 } from '../../domain/plan/plan';
import { useOpenEngagement } from '../shared/engagement-context';
import { useServices } from '../shared/services-context';
import type { ViewProps } from '../shared/view-props';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

const GROUPS: readonly { severity: Severity; heading: string }[] = [
  { severity: 'critical', heading: 'Critical' },
  { severity: 'warning', heading: 'Warnings' },
  { severity: 'info', heading: 'For information' },
];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summarize(findings: readonly Finding[]): string {
  const parts = GROUPS.map(({ severity }) => ({
    severity,
    n: findings.filter((finding) => finding.severity === severity).length,
  }))
    .filter(({ n }) => n > 0)
    .map(({ severity, n }) => `${n} ${severity}`);
  return `${count(findings.length, 'issue', 'issues')} found: ${parts.join(', ')}.`;
}

/** The seed's common pitfalls, checked against the engagement as it is now, most severe first. */
export function HealthView({ openRow }: ViewProps) {
  const styles = useStyles();
  const titleId = useId();
  const { engagement } = useOpenEngagement();
  const { today } = useServices();
  // The day-90 check applies once the engagement has a 90-day plan (or someone answered it).
  const hasPlan = engagement.milestones.length > 0 || engagement.day90Checks.length > 0;
  const plan = hasPlan ? { day90Check: engagement.day90Checks[0] ?? UNANSWERED_DAY_90 } : null;
  const findings = findHealthIssues({ engagement, today: today(), plan });

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId}>
        Health checks
      </Title2>
      {findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>No issues</MessageBarTitle>
            Every function has an owner, joint rows are few and have tie-breakers, no work drifted
            to the MSP unnoticed, and tools and channels are under control.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Body1 as="p" role="status">
          {summarize(findings)}
        </Body1>
      )}
      {GROUPS.map(({ severity, heading }) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={styles.group} aria-label={heading}>
            <Subtitle1 as="h3">
              {heading} ({group.length})
            </Subtitle1>
            <ul className={styles.list}>
              {group.map((finding) => (
                <li key={finding.id}>
                  <FindingItem finding={finding} engagement={engagement} openRow={openRow} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
