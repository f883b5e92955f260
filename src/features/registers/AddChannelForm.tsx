import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { CHANNEL_KINDS, type ChannelKind } from '../../domain/registers/channel-register';
import { validateChannelName } from './channel-form';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
});

/** Add a channel by kind, with an optional name ("#it-joint", "Mon 9:00 call"). */
export function AddChannelForm({
  onAdd,
}: {
  readonly onAdd: (kind: ChannelKind, name: string) => void;
}) {
  const styles = useStyles();
  const [kind, setKind] = useState<ChannelKind>(CHANNEL_KINDS[0]);
  const [name, setName] = useState('');
  const error = validateChannelName(name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (error) return;
    onAdd(kind, name.trim());
    setName('');
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Add a channel" noValidate>
      <Field label="Kind">
        <Select value={kind} onChange={(_, data) => setKind(data.value as ChannelKind)}>
          {CHANNEL_KINDS.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </Select>
      </Field>
      <Field
        label="Name (optional)"
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
      >
        <Input value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      <Button type="submit" icon={<Add20Regular />}>
        Add channel
      </Button>
    </form>
  );
}
