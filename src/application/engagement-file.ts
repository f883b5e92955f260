import { z } from 'zod';
import type { Engagement } from '../domain/engagement/engagement';
import { engagementTitle, type EngagementProfile } from '../domain/engagement/profile';
import { validateProfile } from '../domain/validation';
import {
  RECORD_COLLECTIONS,
  StoreError,
  summaryOf,
  type EngagementStore,
  type StoredEngagement,
} from '../ports/engagement-store';
import { publishEngagement, type PublishResult } from './publish';

/**
 * "Publish to a team" from local mode. A browser's local store and a Teams tab do not share
 * storage (Teams runs the tab in its own frame, whose storage the browser keeps apart), and local
 * mode has no sign-in, so publishing goes through a file the user carries: local mode writes the
 * whole engagement — profile, every record, the change log — as a Tandem engagement file, and the
 * tab in the team reads it back and publishes it into the team's SharePoint with
 * `publishEngagement`. Publishing the same file again writes nothing new.
 */

export const ENGAGEMENT_FILE_FORMAT = 'tandem-engagement';
export const ENGAGEMENT_FILE_VERSION = 1;
/** Far above a real engagement (the 75-person template is ~40 KB), well below freezing a tab. */
export const ENGAGEMENT_FILE_MAX_BYTES = 20 * 1024 * 1024;

const record = z.looseObject({ id: z.string().min(1) });
const recordList = z.array(record);

const fileSchema = z.object({
  format: z.literal(ENGAGEMENT_FILE_FORMAT),
  version: z.literal(ENGAGEMENT_FILE_VERSION),
  exportedAt: z.string(),
  engagement: z.looseObject({
    id: z.string().min(1),
    profile: z.looseObject({ customer: z.string(), mspName: z.string() }),
    changeLog: recordList,
    rows: recordList,
    tools: recordList,
    channels: recordList,
    // Optional in an engagement (made before the plan or reviews existed): none means none yet.
    milestones: recordList.optional(),
    day90Checks: recordList.optional(),
    plannerLinks: recordList.optional(),
    reviews: recordList.optional(),
  }),
});

/** The file's name and text for `engagement`, e.g. `Contoso ↔ Fabrikam IT.tandem.json`. */
export function writeEngagementFile(
  engagement: Engagement,
  exportedAt: string,
): { name: string; text: string } {
  const title = engagementTitle(engagement.profile).replace(/[\\/:*?"<>|]/g, '-');
  const text = JSON.stringify(
    {
      format: ENGAGEMENT_FILE_FORMAT,
      version: ENGAGEMENT_FILE_VERSION,
      exportedAt,
      engagement,
    },
    null,
    1,
  );
  return { name: `${title}.tandem.json`, text };
}

/** The engagement in a Tandem engagement file, or a StoreError 'invalid' saying what is wrong. */
export function readEngagementFile(text: string): Engagement {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StoreError('invalid', 'This is not a Tandem engagement file: it is not JSON.');
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== ENGAGEMENT_FILE_FORMAT
  )
    throw new StoreError(
      'invalid',
      'This is not a Tandem engagement file. Use “Publish to a team” in Tandem in the browser to make one.',
    );
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the file';
    throw new StoreError(
      'invalid',
      `The engagement file is damaged or from another Tandem version (${where}: ${issue?.message ?? 'unreadable'}). Nothing was published.`,
    );
  }
  const engagement = parsed.data.engagement as unknown as Engagement;
  const errors = Object.values(validateProfile(engagement.profile as EngagementProfile));
  if (errors.length > 0)
    throw new StoreError(
      'invalid',
      `The engagement file's profile cannot be published: ${errors.join(' ')} Nothing was published.`,
    );
  for (const collection of [...RECORD_COLLECTIONS, 'changeLog'] as const) {
    const ids = (engagement[collection] ?? []).map((item) => item.id);
    if (new Set(ids).size !== ids.length)
      throw new StoreError(
        'invalid',
        `The engagement file lists a record twice (${collection}). Nothing was published.`,
      );
  }
  return engagement;
}

/** A read-only store holding the file's engagement, the source `publishEngagement` reads. */
function fileStore(engagement: Engagement): EngagementStore {
  const versioned = <T extends object>(item: T) => ({ ...item, version: 'file' });
  const stored = {
    id: engagement.id,
    profile: versioned(engagement.profile),
    changeLog: engagement.changeLog,
    ...Object.fromEntries(
      RECORD_COLLECTIONS.map((collection) => [
        collection,
        (engagement[collection] ?? []).map(versioned),
      ]),
    ),
  } as unknown as StoredEngagement;
  const readOnly = () => Promise.reject(new StoreError('invalid', 'The file is read-only.'));
  return {
    kind: 'local',
    listEngagements: async () => [summaryOf(engagement.id, engagement.profile)],
    loadEngagement: async () => stored,
    createEngagement: readOnly,
    commit: readOnly,
    deleteEngagement: readOnly,
  };
}

/** Publish the file's engagement into `target` (the team's store): created, or brought up to date. */
export function publishEngagementFile(
  engagement: Engagement,
  target: EngagementStore,
): Promise<PublishResult> {
  return publishEngagement(fileStore(engagement), target, engagement.id);
}
