import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { describeRole, roleProblem, type Side, type SideRole } from '../../domain/matrix/roles';
import { RoleFields } from './RoleFields';
import { useCellTriggerStyles } from './cell-trigger.styles';
import { fromRoleDraft, SIDE_LABELS, toRoleDraft, type RoleDraft } from './role-draft';
import { useFocusOnMount } from '../shared/use-stand-in';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '320px',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface Props {
  readonly side: Side;
  readonly role: SideRole;
  readonly rowName: string;
  readonly onApply: (role: SideRole) => void;
  /** Mount open (the stand-in was activated before this code arrived). */
  readonly defaultOpen?: boolean;
  /** Focus the trigger on mount (it replaces a focused stand-in). */
  readonly focusTrigger?: boolean;
}

/**
 * One side's role, shown as text; activating it opens a small form to change it. Loaded on demand:
 * until it arrives, LazyRoleCell shows a stand-in trigger.
 */
export function RoleCell({ side, role, rowName, onApply, defaultOpen, focusTrigger }: Props) {
  const styles = useStyles();
  const triggerStyles = useCellTriggerStyles();
  const triggerRef = useRef<HTMLButtonElement>(null);
  useFocusOnMount(triggerRef, focusTrigger);
  const [open, setOpen] = useState(defaultOpen ?? false);
  const [draft, setDraft] = useState<RoleDraft>(() => toRoleDraft(role));
  const [error, setError] = useState<string | null>(null);
  const text = describeRole(role);
  const sideLabel = SIDE_LABELS[side];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = fromRoleDraft(draft);
    // Kept open with the reason: nothing is saved, nothing typed is lost.
    const problem = roleProblem(next);
    setError(problem);
    if (problem) return;
    setOpen(false);
    onApply(next);
  };

  return (
    <Popover
      open={open}
      trapFocus
      onOpenChange={(_, data) => {
        if (data.open) {
          setDraft(toRoleDraft(role));
          setError(null);
        }
        setOpen(data.open);
      }}
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          className={triggerStyles.trigger}
          aria-label={`Change ${sideLabel} role of ${rowName} (now ${text})`}
          ref={triggerRef}
        >
          <span className={role.kind === 'none' ? triggerStyles.none : triggerStyles.text}>
            {text}
          </span>
        </Button>
      </PopoverTrigger>
      <PopoverSurface>
        <form
          className={styles.form}
          onSubmit={submit}
          aria-label={`${sideLabel} role of ${rowName}`}
        >
          <RoleFields
            label={`${sideLabel} role`}
            context={`for ${rowName}`}
            value={draft}
            onChange={setDraft}
            error={error}
          />
          <div className={styles.actions}>
            <Button appearance="primary" type="submit">
              Apply
            </Button>
            <Button type="button" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      </PopoverSurface>
    </Popover>
  );
}
