import { useState, type FormEvent } from 'react';
import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { describeRole, type Side, type SideRole } from '../../domain/roles';
import { RoleFields } from './RoleFields';
import { fromRoleDraft, SIDE_LABELS, toRoleDraft, type RoleDraft } from './role-draft';

const useStyles = makeStyles({
  trigger: {
    width: '100%',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  text: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  none: { color: tokens.colorNeutralForeground3 },
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
}

/** One side's role, shown as text; activating it opens a small form to change it. */
export function RoleCell({ side, role, rowName, onApply }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<RoleDraft>(() => toRoleDraft(role));
  const text = describeRole(role);
  const sideLabel = SIDE_LABELS[side];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(false);
    onApply(fromRoleDraft(draft));
  };

  return (
    <Popover
      open={open}
      trapFocus
      onOpenChange={(_, data) => {
        if (data.open) setDraft(toRoleDraft(role));
        setOpen(data.open);
      }}
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          className={styles.trigger}
          aria-label={`Change ${sideLabel} role of ${rowName} (now ${text})`}
        >
          <span className={role.kind === 'none' ? styles.none : styles.text}>{text}</span>
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
