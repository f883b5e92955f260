import { useId } from 'react';
import {
  Body1,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { MAX_ACTIVE_CHANNELS } from '../../domain/registers/channel-register';
import { checkCommunicationFatigue } from '../../domain/health/health';
import { useOpenEngagement } from '../shared/engagement-context';
import { useServices } from '../shared/services-context';
import type { ViewProps } from '../shared/view-props';
import { AddChannelForm } from './AddChannelForm';
import { ChannelRow } from './ChannelRow';
import { RegisterFindings } from '../shared/RegisterFindings';
import { useRegisterActions } from './use-register-actions';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  note: { fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: 'auto' },
});

/** How the two teams talk (seed: "Standups + Slack + ticketing + email + phone = too many channels"). */
export function ChannelsView(_props: ViewProps) {
  const styles = useStyles();
  const titleId = useId();
  const { engagement } = useOpenEngagement();
  const services = useServices();
  const actions = useRegisterActions();
  const findings = checkCommunicationFatigue({ engagement, today: services.today() });
  const active = engagement.channels.filter((channel) => channel.active).length;

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId}>
        Communication channels
      </Title2>
      <Body1 as="p">
        <span className={styles.note}>Pick two and use them consistently.</span> {active} of{' '}
        {engagement.channels.length} channels in use; the guide advises at most{' '}
        {MAX_ACTIVE_CHANNELS}.
      </Body1>
      <RegisterFindings findings={findings} label="Channel warnings" />
      <AddChannelForm
        onAdd={(kind, name) =>
          actions.addChannel({ id: services.newId(), kind, name, active: true })
        }
      />
      {engagement.channels.length === 0 ? (
        <Body1 as="p">No channels recorded yet.</Body1>
      ) : (
        <div className={styles.scroll}>
          <Table aria-label="Channels" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Kind</TableHeaderCell>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>In use</TableHeaderCell>
                <TableHeaderCell>Actions</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {engagement.channels.map((channel) => (
                <ChannelRow
                  key={channel.id}
                  channel={channel}
                  onRename={(name) => actions.updateChannel(channel.id, { name })}
                  onToggle={(isActive) => actions.updateChannel(channel.id, { active: isActive })}
                  onDelete={() => actions.deleteChannel(channel.id)}
                />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
