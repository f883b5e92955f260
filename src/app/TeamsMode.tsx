import { useState } from 'react';
import type { TeamsHost } from '../ports/host-context';
import type { BuildEnv } from './build-env';
import { composeTeams, TEAMS_ADAPTERS, type TeamsAdapters } from './compose-teams';
import { pointHashAtTab } from './teams-startup';
import { TeamsApp } from './TeamsApp';

/**
 * Teams mode's entry (a lazy chunk of its own: local mode never loads it): points the hash at the
 * tab's engagement, composes the adapters once for the host's context, and renders the app.
 */
export function TeamsMode({
  host,
  env,
  adapters = TEAMS_ADAPTERS,
}: {
  host: TeamsHost;
  env: BuildEnv;
  /** The real adapters, or a test's fakes. */
  adapters?: TeamsAdapters;
}) {
  const [composition] = useState(() => {
    const composed = composeTeams(host.context, env, adapters);
    if (!('failure' in composed)) pointHashAtTab(host.context);
    return composed;
  });
  return <TeamsApp host={host} composition={composition} />;
}
