import { useEffect, useMemo } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title1,
  Title3,
} from '@fluentui/react-components';
import { personalView, type PersonalView } from './personal-model';
import type { PersonalTabServices } from './personal-tab-services';
import { TeamSection } from './TeamSection';
import { usePersonalStyles } from './personal.styles';
import { useReachableEngagements, type PersonalState } from './use-reachable-engagements';

/** What the host hears once the page has settled: data or a sign-in prompt is a page the user can use. */
function settlement(state: PersonalState): 'success' | 'failure' | null {
  if (state.kind === 'loaded' || state.kind === 'sign-in') return 'success';
  return state.kind === 'failed' ? 'failure' : null;
}

/**
 * The personal tab (manifest `staticTabs` entity `engagements`): every engagement in the teams the
 * user has joined, grouped by team, with the rows the user owns as a lead. Read-only; a team that
 * couldn't be read says why, beside the others.
 */
export function PersonalPage({ services }: { readonly services: PersonalTabServices }) {
  const styles = usePersonalStyles();
  const { state, signIn, retry } = useReachableEngagements(services);
  const { host, userUpn } = services;
  const settled = settlement(state);
  const failure = state.kind === 'failed' ? `${state.title}. ${state.message}` : null;

  // After commit, so the host hears "success" only when the list is in the document.
  useEffect(() => {
    if (settled === 'success') host.notifySuccess();
  }, [host, settled]);
  useEffect(() => {
    if (failure !== null && state.kind === 'failed') host.notifyFailure(state.reason, failure);
  }, [host, failure, state]);

  const view = useMemo(
    () => (state.kind === 'loaded' ? personalView(state.teams, userUpn) : null),
    [state, userUpn],
  );

  let body;
  if (state.kind === 'loading') {
    body = (
      <Spinner
        label={
          state.step === 'signing-in' ? 'Signing in to Microsoft 365…' : 'Finding your engagements…'
        }
      />
    );
  } else if (state.kind === 'sign-in') {
    body = (
      <>
        <Body1 as="p">
          Tandem reads your teams and their engagements with your Microsoft 365 account. Sign in (or
          agree to Tandem&apos;s permissions) once to see them.
        </Body1>
        {state.message && (
          <MessageBar intent="warning">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button appearance="primary" disabled={state.busy} onClick={() => void signIn()}>
            {state.busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </div>
      </>
    );
  } else if (state.kind === 'failed') {
    body = (
      <div role="alert">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.title}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
        <p>
          <Button onClick={retry}>Try again</Button>
        </p>
      </div>
    );
  } else {
    body = <Overview view={view!} userUpn={userUpn} />;
  }

  return (
    <main className={styles.page} aria-labelledby="personal-title" aria-busy={settled === null}>
      <Title1 as="h1" id="personal-title">
        Your engagements
      </Title1>
      {body}
    </main>
  );
}

function Overview({
  view,
  userUpn,
}: {
  readonly view: PersonalView;
  readonly userUpn: string | null;
}) {
  const styles = usePersonalStyles();
  if (view.teams.length === 0) {
    return (
      <section aria-labelledby="personal-empty">
        <Title3 as="h2" id="personal-empty">
          No teams with Tandem yet
        </Title3>
        <Body1 as="p">
          None of your teams keeps an engagement in Tandem. Engagements live in a team&apos;s
          SharePoint site: open the team that works with the customer and add Tandem to a channel
          with + (Add a tab).
        </Body1>
      </section>
    );
  }
  return (
    <>
      {view.engagementCount > 0 && !view.leadsAny && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You&apos;re not a lead on any engagement yet</MessageBarTitle>
            Tandem finds your rows by the e-mail address each engagement&apos;s profile gives for
            its internal lead and MSP lead
            {userUpn ? ` (yours: ${userUpn})` : ''}. Ask whoever set up an engagement to name you
            there.
          </MessageBarBody>
        </MessageBar>
      )}
      {view.teams.map((team) => (
        <TeamSection key={team.team.id} view={team} />
      ))}
      {view.teamsWithoutTandem > 0 && (
        <Body1 as="p" className={styles.note}>
          {view.teamsWithoutTandem === 1
            ? '1 more of your teams has no Tandem engagements.'
            : `${view.teamsWithoutTandem} more of your teams have no Tandem engagements.`}
        </Body1>
      )}
    </>
  );
}
