import { useId } from 'react';
import {
  Badge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
} from '@fluentui/react-components';
import { EngagementItem } from './EngagementItem';
import type { TeamView } from './personal-model';
import { usePersonalStyles } from './personal.styles';

/** One team: its engagements, or why it couldn't be read (the other teams are shown regardless). */
export function TeamSection({ view }: { readonly view: TeamView }) {
  const styles = usePersonalStyles();
  const headingId = useId();
  return (
    <section className={styles.team} aria-labelledby={headingId} data-team-id={view.team.id}>
      <Title2 as="h2" id={headingId} className={styles.teamHeading}>
        {view.team.displayName || 'Unnamed team'}
        {view.team.isArchived && (
          <Badge appearance="tint" color="informative" shape="rounded">
            Archived team
          </Badge>
        )}
      </Title2>
      {view.kind === 'unreadable' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Couldn&apos;t be read</MessageBarTitle>
            {view.reason}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.list}>
          {view.engagements.map((engagement) => (
            <li key={engagement.id}>
              <EngagementItem engagement={engagement} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
