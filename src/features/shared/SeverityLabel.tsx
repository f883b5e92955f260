import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from '@fluentui/react-icons';
import { SEVERITY_LABELS, type Severity } from '../../domain/health/finding';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  critical: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  text: { fontWeight: tokens.fontWeightSemibold },
});

const ICONS = { critical: ErrorCircle20Filled, warning: Warning20Filled, info: Info20Filled };

/** Severity as an icon and a word, so it never depends on colour alone. */
export function SeverityLabel({ severity }: { readonly severity: Severity }) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return (
    <span className={styles.root}>
      <Icon aria-hidden className={styles[severity]} />
      <Text className={styles.text}>{SEVERITY_LABELS[severity]}</Text>
    </span>
  );
}
