import type { EngagementSummary } from '../../ports/engagement-store';

/** "Contoso · Fabrikam IT", how menus and lists name an engagement. */
export const summaryLabel = (summary: Pick<EngagementSummary, 'customer' | 'mspName'>): string =>
  `${summary.customer || 'Untitled'}${summary.mspName ? ` · ${summary.mspName}` : ''}`;
