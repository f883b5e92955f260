import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import {
  Body1,
  Button,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { EngagementSummary } from '../ports/engagement-store';
import type { TabConfig } from '../ports/host-context';
import { ReportLoaded } from '../features/shared/ReportLoaded';
import { useServices } from '../features/shared/services-context';
import { LoadErrorBar, useEngagementSummaries } from '../features/shared/use-engagement-summaries';
import { inUse } from '../application/engagement-lifecycle';

const FirstRun = lazy(() =>
  import('../features/first-run/FirstRun').then((m) => ({ default: m.FirstRun })),
);

const useStyles = makeStyles({
  page: {
    maxWidth: '720px',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

/** What the tab saves for an engagement (`InstanceConfig`, docs/platform.md#configuration-page). */
export function tabConfigFor(engagement: EngagementSummary, origin: string): TabConfig {
  const url = `${origin}/index.html#/e/${encodeURIComponent(engagement.id)}/matrix`;
  return {
    entityId: engagement.id,
    suggestedDisplayName: `Tandem — ${engagement.customer || 'engagement'}`,
    contentUrl: url,
    websiteUrl: url,
  };
}

/**
 * The Teams configuration page (frame context `settings`): pick one of this team's engagements, or
 * create one from a template. The host's Save button is enabled only while one is chosen; Save
 * stores the tab's entity id (the engagement id) and its content URL.
 */
export function TabConfigPage() {
  const styles = useStyles();
  const { store, host } = useServices();
  // Reconfiguring a tab (canUpdateConfiguration): the host names the engagement it shows.
  const shownNow = host?.context.page.id ?? null;
  const [selected, setSelected] = useState<string | null>(shownNow);
  const [creating, setCreating] = useState(false);
  const chosen = useRef<EngagementSummary | null>(null);
  const {
    summaries: listed,
    error,
    reload,
  } = useEngagementSummaries(store, "This team's engagements could not be read.", (list) =>
    setCreating((now) => now || inUse(list).length === 0),
  );
  // A deleted engagement is not offered for a new tab; it is restored from the tab that shows it.
  const summaries = useMemo(() => listed && inUse(listed), [listed]);

  const current = summaries?.find((summary) => summary.id === selected) ?? null;
  const reconfiguring = summaries?.some((summary) => summary.id === shownNow) ?? false;
  useEffect(() => {
    chosen.current = current;
    host?.setConfigValid(current !== null);
  }, [host, current]);

  useEffect(() => {
    host?.onConfigSave(async () => {
      const engagement = chosen.current;
      if (!engagement) throw new Error('Choose an engagement for this tab first.');
      return tabConfigFor(engagement, window.location.origin);
    });
  }, [host]);

  if (error) return <LoadErrorBar message={error} onRetry={reload} />;
  if (!summaries) return <Spinner label="Loading this team's engagements…" />;

  if (creating) {
    return (
      <Suspense fallback={<Spinner label="Loading…" />}>
        <FirstRun
          onCreated={(id) => {
            setSelected(id);
            setCreating(false);
            reload();
          }}
          onCancel={summaries.length > 0 ? () => setCreating(false) : undefined}
        />
        <ReportLoaded />
      </Suspense>
    );
  }

  return (
    <main className={styles.page} aria-labelledby="tab-config-title">
      <Title2 as="h1" id="tab-config-title">
        {reconfiguring ? 'Change the engagement shown in this tab' : 'Add Tandem to this channel'}
      </Title2>
      <Body1 as="p">
        {reconfiguring
          ? 'The engagement this tab shows now is selected. Choose another, then select Save.'
          : 'Choose the engagement this tab shows, then select Save.'}{' '}
        Everyone in the team sees the same engagement, stored in the team&apos;s SharePoint site.
      </Body1>
      <Field
        label="Engagement for this tab"
        hint={current ? undefined : 'Save is enabled once you choose one.'}
      >
        <RadioGroup value={selected ?? ''} onChange={(_, data) => setSelected(data.value)}>
          {summaries.map((summary) => (
            <Radio
              key={summary.id}
              value={summary.id}
              label={`${summary.customer || 'Untitled engagement'} — ${summary.mspName}`}
            />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => setCreating(true)}>Create a new engagement</Button>
      </div>
      <ReportLoaded />
    </main>
  );
}
