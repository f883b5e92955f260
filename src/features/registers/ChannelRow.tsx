import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  Switch,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import type { CommChannel } from '../../domain/registers/channel-register';
import { validateChannelName } from './channel-form';

const useStyles = makeStyles({
  kind: { fontWeight: tokens.fontWeightSemibold },
  name: { minWidth: '200px' },
});

interface Props {
  readonly channel: CommChannel;
  readonly onRename: (name: string) => void;
  readonly onToggle: (active: boolean) => void;
  readonly onDelete: () => void;
}

/** One channel: the name is edited in place and saved on Enter or when focus leaves it. */
export function ChannelRow({ channel, onRename, onToggle, onDelete }: Props) {
  const styles = useStyles();
  const [name, setName] = useState(channel.name);
  const error = validateChannelName(name);
  const label = channel.name || channel.kind;
  const commit = () => {
    if (!error && name.trim() !== channel.name) onRename(name.trim());
  };

  return (
    <TableRow>
      <TableCell role="rowheader" className={styles.kind}>
        {channel.kind}
      </TableCell>
      <TableCell className={styles.name}>
        <Field validationMessage={error} validationState={error ? 'error' : 'none'}>
          <Input
            value={name}
            aria-label={`Name of ${label}`}
            placeholder={channel.kind}
            onChange={(_, data) => setName(data.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commit();
              if (event.key === 'Escape') setName(channel.name);
            }}
          />
        </Field>
      </TableCell>
      <TableCell>
        <Switch
          checked={channel.active}
          aria-label={`${label} in use`}
          onChange={(_, data) => onToggle(data.checked)}
        />
      </TableCell>
      <TableCell>
        <Button
          size="small"
          icon={<Delete20Regular />}
          aria-label={`Delete ${label}`}
          onClick={onDelete}
        />
      </TableCell>
    </TableRow>
  );
}
