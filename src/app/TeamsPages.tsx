import { useEffect, type ReactNode } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TeamsHost } from '../ports/host-context';
import type { Failure } from './teams-startup';

/** Teams mode's pages before (or instead of) the app: a failure, sign-in, no team. */

const useStyles = makeStyles({
  page: {
    maxWidth: '720px',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

export function TeamsPage({ children, alert }: { children: ReactNode; alert?: boolean }) {
  const styles = useStyles();
  return (
    <main className={styles.page} {...(alert && { role: 'alert' })}>
      {children}
    </main>
  );
}

export function FailurePage({ failure }: { failure: Failure }) {
  return (
    <TeamsPage alert>
      <Title2 as="h1">{failure.title}</Title2>
      <Body1 as="p">{failure.detail}</Body1>
      <Body1 as="p">What to try:</Body1>
      <ul>
        {failure.tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      {failure.canRetry && (
        <div>
          <Button appearance="primary" onClick={() => window.location.reload()}>
            Reload the tab
          </Button>
        </div>
      )}
    </TeamsPage>
  );
}

export function SignInPage({
  message,
  busy,
  onSignIn,
}: {
  message: string | null;
  busy: boolean;
  onSignIn: () => void;
}) {
  return (
    <TeamsPage>
      <Title2 as="h1">Sign in to see this team&apos;s engagements</Title2>
      <Body1 as="p">
        Tandem keeps engagements in the team&apos;s SharePoint site. Microsoft 365 needs you to sign
        in (or agree to Tandem&apos;s permissions) once.
      </Body1>
      {message && (
        <MessageBar intent="warning">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" disabled={busy} onClick={onSignIn}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </div>
    </TeamsPage>
  );
}

/** A tab in a chat without a team: no team site to read engagements from. */
export function NoTeamPage({ host }: { host: TeamsHost }) {
  useEffect(() => {
    host.notifySuccess();
  }, [host]);
  return (
    <TeamsPage>
      <Title2 as="h1">Your engagements live in your teams</Title2>
      <Body1 as="p">
        Each engagement is stored in a team&apos;s SharePoint site and shown in a channel tab. Open
        the team that works with the customer and select its Tandem tab, or add Tandem to a channel
        with + (Add a tab).
      </Body1>
    </TeamsPage>
  );
}
