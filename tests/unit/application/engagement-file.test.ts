import { describe, expect, it } from 'vitest';
import { newEngagement } from '../../../src/domain/engagement/engagement';
import { emptyProfile } from '../../../src/domain/engagement/profile';
import { rowsFromTemplate, templateById } from '../../../src/domain/matrix/templates';
import {
  publishEngagementFile,
  readEngagementFile,
  writeEngagementFile,
} from '../../../src/application/engagement-file';
import { plainEngagement, StoreError } from '../../../src/ports/engagement-store';
import { createMemoryStore } from '../../fakes/memory-store';

function sample() {
  let n = 0;
  const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso', mspName: 'Fabrikam IT' };
  return newEngagement(
    'e1',
    profile,
    rowsFromTemplate(templateById('co-managed-75'), () => `r${++n}`),
  );
}

const refusal = (text: string) => {
  try {
    readEngagementFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return (error as StoreError).message;
  }
  throw new Error('the file was accepted');
};

describe('issue 12 item 7: the engagement file behind "Publish to a team"', () => {
  it('names the file for the engagement and reads back exactly what was written', () => {
    const engagement = sample();
    const file = writeEngagementFile(engagement, '2026-12-04T10:00:00.000Z');
    expect(file.name).toBe('Contoso ↔ Fabrikam IT.tandem.json');
    expect(readEngagementFile(file.text)).toStrictEqual(JSON.parse(JSON.stringify(engagement)));
  });

  it('publishes the file into the team store whole, and a second time writes nothing', async () => {
    const team = createMemoryStore();
    const engagement = readEngagementFile(writeEngagementFile(sample(), 'now').text);
    const first = await publishEngagementFile(engagement, team);
    expect(first.created).toBe(true);
    expect(plainEngagement(await team.loadEngagement('e1'))).toStrictEqual({
      milestones: [],
      day90Checks: [],
      plannerLinks: [],
      reviews: [],
      ...engagement,
    });
    const again = await publishEngagementFile(engagement, team);
    expect(again).toMatchObject({ created: false, written: 0 });
  });

  it('says a file is not an engagement file, or which part is damaged, and publishes nothing', () => {
    expect(refusal('\x89PNG\r\n')).toBe('This is not a Tandem engagement file: it is not JSON.');
    expect(refusal('{"rows": []}')).toMatch(/^This is not a Tandem engagement file\. Use/);
    const text = writeEngagementFile(sample(), 'now').text;
    const damaged = JSON.parse(text) as { engagement: { rows: unknown } };
    damaged.engagement.rows = 'gone';
    expect(refusal(JSON.stringify(damaged))).toMatch(/damaged .*\(engagement\.rows: /);
    const twice = JSON.parse(text) as { engagement: { rows: { id: string }[] } };
    twice.engagement.rows[1]!.id = twice.engagement.rows[0]!.id;
    expect(refusal(JSON.stringify(twice))).toMatch(/lists a record twice \(rows\)/);
    const badProfile = JSON.parse(text) as { engagement: { profile: { employeeCount: number } } };
    badProfile.engagement.profile.employeeCount = -4;
    expect(refusal(JSON.stringify(badProfile))).toMatch(/profile cannot be published/);
  });
});
