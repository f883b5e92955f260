import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../domain/health/finding';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The health findings about a register, shown above it so the problem is seen where it is fixed. */
export function RegisterFindings({
  findings,
  label,
}: {
  readonly findings: readonly Finding[];
  readonly label: string;
}) {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <section aria-label={label} className={styles.list}>
      {findings.map((finding) => (
        <MessageBar
          key={finding.id}
          intent={finding.severity === 'critical' ? 'error' : finding.severity}
          data-testid="register-finding"
          data-check={finding.check}
        >
          <MessageBarBody>
            <MessageBarTitle>{finding.title}</MessageBarTitle>
            {finding.message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
