import type { TeamsHost } from '../../src/ports/host-context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { newEngagement, type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import type { FunctionRow } from '../../src/domain/matrix/function-row';
import {
  addDecision,
  createReview,
  signOff,
  type ReviewResult,
} from '../../src/domain/review/review';
import { type Review } from '../../src/domain/review/review-record';
import { NONE, PRIMARY, secondary, type SideRole } from '../../src/domain/matrix/roles';
import { ChannelPostError, type ChannelPoster } from '../../src/ports/channel-poster';
import type { StoreChange } from '../../src/ports/engagement-store';
import {
  ServicesProvider,
  type AppServices,
  type ChannelAccess,
  type CurrentUser,
} from '../../src/features/shared/services-context';
import { toasterPart } from '../../src/features/shared/AppToaster';
import { AppRoot } from '../../src/shell/AppRoot';
import { createMemoryChannelPoster } from '../fakes/memory-channel-poster';
import { createMemoryStore, type MemoryStore } from '../fakes/memory-store';
import { withJsdomLayout } from './jsdom-layout';

withJsdomLayout();
beforeAll(() => toasterPart.load());

// jsdom has no `innerText`, which the Adaptive Cards library sets for every text block (browsers
// have it): map it to `textContent` so the card preview renders its text here too.
const innerText = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'innerText');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent ?? '';
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
  });
});
afterAll(() => {
  if (innerText) Object.defineProperty(HTMLElement.prototype, 'innerText', innerText);
  else Reflect.deleteProperty(HTMLElement.prototype, 'innerText');
});

const TODAY = '2026-11-27';
const DANA = { name: 'Dana Internal', upn: 'dana@contoso.com' };
const SAM = { name: 'Sam MSP', upn: 'sam@fabrikam.com' };

const row = (id: string, name: string, order: number, internal: SideRole, msp: SideRole) =>
  ({
    id,
    name,
    category: 'Operations',
    internal,
    msp,
    tieBreaker: 'internal',
    notes: '',
    order,
    archived: false,
  }) satisfies FunctionRow;

const ROWS = [
  row('r1', 'Patch servers', 1, secondary('Weekends'), NONE),
  row('r2', 'Backups', 2, PRIMARY, NONE),
  row('r3', 'Firewall', 3, NONE, PRIMARY),
];

const baseEngagement = (): Engagement =>
  newEngagement(
    'e1',
    {
      ...emptyProfile('2026-06-01'),
      customer: 'Contoso',
      mspName: 'Fabrikam IT',
      internalLead: DANA,
      mspLead: SAM,
    },
    ROWS,
  );

const webUrlOf = (messageId: string) =>
  `https://teams.microsoft.com/l/message/19%3Ageneral%40thread.tacv2/${messageId}`;

const ok = (result: ReviewResult): Review => {
  if (!result.ok) throw new Error(result.error.message);
  return result.review;
};

const signedBoth = (review: Review): Review =>
  ok(
    signOff(
      ok(signOff(review, 'internal', { ...DANA, at: `${review.date}T10:00:00.000Z` })),
      'msp',
      {
        ...SAM,
        at: `${review.date}T11:00:00.000Z`,
      },
    ),
  );

const reviewOf = (
  id: string,
  date: string,
  engagement = baseEngagement(),
  previous: Review | null = null,
) => createReview({ id, engagement, date, previous });

interface Options {
  readonly reviews?: readonly Review[];
  readonly hash: string;
  readonly currentUser?: CurrentUser;
  readonly channel?: boolean;
  /** The engagement as stored now (default: the base one). */
  readonly engagement?: Engagement;
  /** Inside Teams: the host, whose `openLink` the test watches. */
  readonly host?: TeamsHost;
}

async function openApp(options: Options) {
  const store = createMemoryStore();
  await store.createEngagement({
    ...(options.engagement ?? baseEngagement()),
    reviews: options.reviews ?? [],
  });
  const commits: StoreChange[][] = [];
  const commit = store.commit.bind(store);
  (store as { commit: MemoryStore['commit'] }).commit = (id, changes) => {
    commits.push([...changes]);
    return commit(id, changes);
  };
  const target = { teamId: 'team-1', channelId: '19:general@thread.tacv2' };
  const memory = createMemoryChannelPoster([target], {
    now: () => new Date(`${TODAY}T14:00:00.000Z`),
  });
  let calls = 0;
  // Teams returns a link to the new message; the memory poster does not, so add one here.
  const poster: ChannelPoster = {
    post: async (to, draft) => {
      calls += 1;
      const posted = await memory.post(to, draft);
      return { ...posted, webUrl: webUrlOf(posted.id) };
    },
    reply: (to, parentId, draft) => memory.reply(to, parentId, draft),
  };
  const allowed: string[] = [];
  const channel: ChannelAccess = {
    poster,
    ...target,
    channelName: 'General',
    deepLinkTo: (subPageId) => `https://teams.example/l/entity/app/tab?subPageId=${subPageId}`,
    allow: async () => {
      allowed.push('ChannelMessage.Send');
    },
  };
  let nextId = 0;
  const services: AppServices = {
    store,
    now: () => `${TODAY}T12:00:00.000Z`,
    today: () => TODAY,
    newId: () => `id-${++nextId}`,
    userName: () => 'Test User',
    ...(options.currentUser ? { currentUser: () => options.currentUser! } : {}),
    ...(options.channel ? { channel } : {}),
    ...(options.host ? { host: options.host } : {}),
  };
  window.location.hash = options.hash;
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <AppRoot />
      </ServicesProvider>
    </FluentProvider>,
  );
  return {
    store,
    user,
    commits,
    allowed,
    failNextPost: (error: ChannelPostError) => memory.failNext(error),
    posts: () => memory.messages(target),
    calls: () => calls,
  };
}

const storedReview = async (store: MemoryStore, id: string) =>
  (await store.loadEngagement('e1')).reviews.find((review) => review.id === id);

const openStep = async (user: ReturnType<typeof userEvent.setup>, name: RegExp) =>
  user.click(await screen.findByRole('tab', { name }));

describe('quarterly review flow', () => {
  it('starts a review showing a move toward the MSP made in the matrix, records a decision, and both leads sign in local mode', async () => {
    const previous = signedBoth(reviewOf('rev-0', '2026-08-15'));
    const { store, user, commits } = await openApp({ reviews: [previous], hash: '#/e/e1/matrix' });

    // A move toward the MSP, made in the matrix after the last review: Backups becomes joint,
    // then the MSP's alone.
    const grid = await screen.findByTestId('matrix-grid');
    const changeRole = async (
      side: 'Internal IT' | 'MSP',
      now: string,
      role: RegExp,
      to: RegExp,
    ) => {
      await user.click(
        await within(grid).findByRole('button', {
          name: `Change ${side} role of Backups (now ${now})`,
        }),
      );
      const form = await screen.findByRole('form', { name: `${side} role of Backups` });
      await user.click(within(form).getByRole('radio', { name: role }));
      await user.click(within(form).getByRole('button', { name: 'Apply' }));
      const dialog = await screen.findByRole('dialog', { name: to });
      await user.click(within(dialog).getByRole('button', { name: 'Change owner' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    };
    await changeRole('MSP', 'None', /^Primary/, /from Internal to Joint/);
    await changeRole('Internal IT', 'Primary', /^None/, /from Joint to MSP/);
    await waitFor(async () => expect((await store.loadEngagement('e1')).changeLog).toHaveLength(2));

    // After a dialog, Fluent lifts `aria-hidden` from the page on a timer.
    await user.click(await screen.findByRole('tab', { name: 'Quarterly review' }));
    await user.click(await screen.findByRole('button', { name: 'Start the 2026 Q4 review' }));
    await waitFor(() => expect(window.location.hash).toBe('#/e/e1/reviews?review=id-3'));
    expect(await screen.findByRole('heading', { name: '2026 Q4 review' })).toBeInTheDocument();
    const move = await screen.findByTestId('move-r2');
    expect(move).toHaveAttribute('data-direction', 'toward-msp');
    expect(move).toHaveTextContent('Backups: Internal → MSP (Toward the MSP)');
    expect(within(move).getByRole('link', { name: 'Backups' })).toHaveAttribute(
      'href',
      '#/e/e1/matrix?row=r2',
    );
    const creep = screen.getAllByTestId('scope-creep-entry');
    expect(creep).toHaveLength(2);
    expect(creep[1]).toHaveTextContent('Backups: Joint → MSP');
    expect(creep[1]).toHaveTextContent('Renegotiated: no');
    // Stored in one commit, diffed against the latest review.
    await waitFor(async () =>
      expect(await storedReview(store, 'id-3')).toMatchObject({ previousReviewId: 'rev-0' }),
    );

    // Decisions, with the domain's messages.
    await openStep(user, /Decisions/);
    await user.click(screen.getByRole('button', { name: 'Add decision' }));
    expect(await screen.findByText('A decision needs some text.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Decision' }), 'Fabrikam patches servers');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Carried out by' }), 'msp');
    await user.click(screen.getByRole('button', { name: 'Add decision' }));
    expect(await screen.findByTestId('review-decision')).toHaveTextContent(
      'Fabrikam patches servers — MSP',
    );
    const date = screen.getByLabelText('Next review date');
    await user.clear(date);
    await user.type(date, '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Set date' }));
    expect(await screen.findByText(/The next review must be a date/)).toBeInTheDocument();

    // Sign-off in local mode: each lead after a confirmation.
    await openStep(user, /Sign-off/);
    await user.click(screen.getByRole('button', { name: 'Sign as Dana Internal' }));
    const confirmDana = await screen.findByRole('dialog', { name: 'Sign as Dana Internal?' });
    expect(confirmDana).toHaveTextContent('cannot verify who is signing');
    await user.click(within(confirmDana).getByRole('button', { name: 'Sign as Dana Internal' }));
    expect(
      await within(screen.getByTestId('signoff-internal')).findByText(/Signed by Dana Internal/),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Sign as Sam MSP' }));
    const confirmSam = await screen.findByRole('dialog', { name: 'Sign as Sam MSP?' });
    await user.click(within(confirmSam).getByRole('button', { name: 'Sign as Sam MSP' }));

    expect(await screen.findByText(/Both leads have signed/)).toBeInTheDocument();
    await waitFor(async () => {
      const stored = await storedReview(store, 'id-3');
      expect(stored?.signOffs).toMatchObject({
        internal: { upn: DANA.upn },
        msp: { upn: SAM.upn },
      });
      expect(stored?.decisions).toMatchObject([{ text: 'Fabrikam patches servers', owner: 'msp' }]);
      expect((await store.loadEngagement('e1')).profile.lastReviewDate).toBe(TODAY);
    });
    // The second signature and the last review date are one commit.
    const last = commits.at(-1)!;
    expect(last.map((change) => change.kind).sort()).toEqual(['put', 'put-profile']);

    // Read-only now.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await openStep(user, /Decisions/);
    expect(screen.queryByRole('button', { name: 'Add decision' })).not.toBeInTheDocument();
    expect(screen.getByText('Next review on 2027-02-27.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take a new snapshot' })).not.toBeInTheDocument();
  });

  it('discards an untouched draft, and Undo brings it back', async () => {
    const draft = reviewOf('rev-1', TODAY);
    const { store, user } = await openApp({
      reviews: [draft],
      hash: '#/e/e1/reviews?review=rev-1',
    });
    await user.click(await screen.findByRole('button', { name: 'Discard the draft' }));
    await waitFor(async () => expect(await storedReview(store, 'rev-1')).toBeUndefined());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await storedReview(store, 'rev-1')).toBeDefined());
  });

  it('takes a new snapshot of a draft, keeping its decisions', async () => {
    const previous = signedBoth(reviewOf('rev-0', '2026-08-15'));
    const draft = ok(
      addDecision(reviewOf('rev-1', TODAY, baseEngagement(), previous), {
        id: 'd1',
        text: 'Keep this',
        owner: null,
      }),
    );
    const moved = {
      ...baseEngagement(),
      rows: ROWS.map((r) => (r.id === 'r2' ? { ...r, internal: NONE, msp: PRIMARY } : r)),
    };
    const { store, user } = await openApp({
      reviews: [previous, draft],
      engagement: moved,
      hash: '#/e/e1/reviews?review=rev-1',
    });
    expect(
      await screen.findByText('No rows were added, archived, renamed or moved.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Take a new snapshot' }));
    expect(await screen.findByTestId('move-r2')).toHaveTextContent('Internal → MSP');
    await waitFor(async () => {
      const stored = await storedReview(store, 'rev-1');
      expect(stored?.decisions).toMatchObject([{ id: 'd1', text: 'Keep this' }]);
      expect(stored?.diff.moves).toHaveLength(1);
    });
  });

  it('saves the findings ticked as discussed on the review, shown after switching steps', async () => {
    const vague = {
      ...baseEngagement(),
      rows: [1, 2, 3, 4].map((n) => row(`j${n}`, `Joint ${n}`, n, PRIMARY, PRIMARY)),
    };
    const draft = createReview({ id: 'rev-1', engagement: vague, date: TODAY, previous: null });
    const { user, store } = await openApp({
      reviews: [draft],
      hash: '#/e/e1/reviews?review=rev-1',
    });
    await openStep(user, /Findings/);
    const [finding] = await screen.findAllByTestId('review-finding');
    await user.click(within(finding!).getByRole('checkbox', { name: 'Discussed' }));
    await waitFor(async () =>
      expect((await storedReview(store, 'rev-1'))?.discussedFindingIds).toStrictEqual([
        draft.snapshot.findings[0]!.id,
      ]),
    );
    await openStep(user, /Decisions/);
    await openStep(user, /Findings/);
    expect(
      within(screen.getAllByTestId('review-finding')[0]!).getByRole('checkbox', {
        name: 'Discussed',
      }),
    ).toBeChecked();
  });

  it('in Teams lets only the signed-in lead sign', async () => {
    const draft = reviewOf('rev-1', TODAY);
    const { user } = await openApp({
      reviews: [draft],
      hash: '#/e/e1/reviews?review=rev-1',
      currentUser: { name: 'Dana I.', upn: 'DANA@contoso.com' },
    });
    await openStep(user, /Sign-off/);
    expect(screen.getByRole('button', { name: 'Sign for the Internal IT side' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Sign for the MSP side' })).toBeDisabled();
    expect(
      screen.getByText('Only Sam MSP (sam@fabrikam.com) can sign for the MSP side.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign for the Internal IT side' }));
    expect(
      await within(screen.getByTestId('signoff-internal')).findByText(
        /Signed by Dana I\. \(DANA@contoso\.com\)/,
      ),
    ).toBeInTheDocument();
  });
});

describe('posting the summary to the channel', () => {
  const signed = () => signedBoth(reviewOf('rev-1', TODAY));

  it('issue 13 item 6: a post link edited in Lists to point elsewhere is shown as text, not a link', async () => {
    const review = {
      ...signed(),
      post: {
        messageId: 'm-1',
        postedAt: `${TODAY}T14:00:00.000Z`,
        webUrl: 'https://evil.example/phish',
      },
    };
    await openApp({ reviews: [review], hash: '#/e/e1/reviews?review=rev-1', channel: true });
    expect(await screen.findByTestId('untrusted-link')).toHaveTextContent(
      'points outside Teams (evil.example)',
    );
    expect(screen.queryByRole('link', { name: 'Open in Teams' })).not.toBeInTheDocument();
    expect(document.querySelector('a[href^="https://evil.example"]')).toBeNull();
  });

  it('issue 14 item 5: inside Teams, "Open in Teams" is opened by the host (app.openLink), not in a browser tab', async () => {
    const opened: string[] = [];
    const host = {
      context: { page: { id: 'e1', subPageId: null } },
      onThemeChange: () => () => undefined,
      notifyAppLoaded: () => undefined,
      notifySuccess: () => undefined,
      notifyFailure: () => undefined,
      setConfigValid: () => undefined,
      onConfigSave: () => undefined,
      openLink: async (url: string) => {
        opened.push(url);
      },
    } as unknown as TeamsHost;
    const review = {
      ...signed(),
      post: { messageId: 'm-1', postedAt: `${TODAY}T14:00:00.000Z`, webUrl: webUrlOf('m-1') },
    };
    const { user } = await openApp({
      reviews: [review],
      hash: '#/e/e1/reviews?review=rev-1',
      channel: true,
      host,
    });
    await user.click(await screen.findByRole('button', { name: 'Open in Teams' }));
    expect(opened).toEqual([webUrlOf('m-1')]);
    expect(document.querySelector('a[target="_blank"]')).toBeNull();
  });

  it('posts once and records the message on the review', async () => {
    const { store, user, posts } = await openApp({
      reviews: [signed()],
      hash: '#/e/e1/reviews?review=rev-1',
      channel: true,
    });
    const button = await screen.findByRole('button', { name: 'Post summary to General' });
    await user.dblClick(button);
    const link = await screen.findByRole('link', { name: 'Open in Teams' });
    expect(posts()).toHaveLength(1);
    const [message] = posts();
    expect(link).toHaveAttribute('href', webUrlOf(message!.id));
    expect(JSON.stringify(message!.draft.card)).toContain('subPageId=review:rev-1');
    await waitFor(async () =>
      expect((await storedReview(store, 'rev-1'))?.post).toEqual({
        messageId: message!.id,
        postedAt: `${TODAY}T14:00:00.000Z`,
        webUrl: webUrlOf(message!.id),
      }),
    );

    // Posting again needs a confirmation.
    await user.click(screen.getByRole('button', { name: 'Post again' }));
    const dialog = await screen.findByRole('dialog', { name: 'Post the summary again?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(posts()).toHaveLength(1);
  });

  it('asks for permission after signed-out, then posts exactly once', async () => {
    const { user, posts, calls, allowed, failNextPost } = await openApp({
      reviews: [signed()],
      hash: '#/e/e1/reviews?review=rev-1',
      channel: true,
    });
    failNextPost(new ChannelPostError('signed-out', 'Consent needed.'));
    await user.click(await screen.findByRole('button', { name: 'Post summary to General' }));
    expect(await screen.findByText('Tandem needs your permission to post')).toBeInTheDocument();
    expect(posts()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Allow Tandem to post' }));
    expect(await screen.findByText(/^Posted /)).toBeInTheDocument();
    expect(allowed).toEqual(['ChannelMessage.Send']);
    expect(posts()).toHaveLength(1);
    expect(calls()).toBe(2);
  });

  it('says when to retry after throttling, and Retry posts', async () => {
    const { user, posts, failNextPost } = await openApp({
      reviews: [signed()],
      hash: '#/e/e1/reviews?review=rev-1',
      channel: true,
    });
    failNextPost(new ChannelPostError('throttled', 'Too many requests.', 5));
    await user.click(await screen.findByRole('button', { name: 'Post summary to General' }));
    expect(await screen.findByText(/Retry in 5 seconds\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/^Posted /)).toBeInTheDocument();
    expect(posts()).toHaveLength(1);
  });

  it('shows the exact card as a preview in local mode, HTML in names as text', async () => {
    const base = baseEngagement();
    const { user } = await openApp({
      reviews: [signed()],
      engagement: { ...base, profile: { ...base.profile, customer: '<b>Contoso</b> & Co' } },
      hash: '#/e/e1/reviews?review=rev-1',
    });
    await user.click(await screen.findByRole('button', { name: 'Preview the channel post' }));
    const preview = screen.getByTestId('card-preview');
    await waitFor(() => expect(preview).toHaveTextContent('2026 Q4'));
    expect(preview).toHaveTextContent('<b>Contoso</b> & Co');
    expect(preview.querySelector('b')).toBeNull();
    const fallback = screen.getByTestId('fallback-html');
    expect(fallback.textContent).toContain('&#60;b&#62;Contoso&#60;/b&#62; &#38; Co');
    expect(fallback.children).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Copy card JSON' })).toBeInTheDocument();
  });
});

describe('review history', () => {
  it('compares two reviews side by side with the moves between them', async () => {
    const first = signedBoth(reviewOf('rev-a', '2026-05-15'));
    const moved = {
      ...baseEngagement(),
      rows: ROWS.map((r) => (r.id === 'r2' ? { ...r, internal: NONE, msp: PRIMARY } : r)),
    };
    const second = signedBoth(reviewOf('rev-b', '2026-08-15', moved, first));
    const { user } = await openApp({ reviews: [first, second], hash: '#/e/e1/reviews' });
    const table = await screen.findByRole('table', { name: 'Review history' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(
      screen.getByRole('checkbox', { name: 'Compare the 2026 Q2 review of 2026-05-15' }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Compare the 2026 Q3 review of 2026-08-15' }),
    );
    await user.click(screen.getByRole('button', { name: 'Compare the two selected' }));
    await waitFor(() => expect(window.location.hash).toBe('#/e/e1/reviews?compare=rev-a,rev-b'));
    expect(
      screen.getByRole('region', { name: '2026 Q2 review of 2026-05-15' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: '2026 Q3 review of 2026-08-15' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('move-r2')).toHaveTextContent(
      'Backups: Internal → MSP (Toward the MSP)',
    );
  });

  it('prints a review as a document without the app chrome', async () => {
    const { user } = await openApp({
      reviews: [signedBoth(reviewOf('rev-1', TODAY))],
      hash: '#/e/e1/reviews?review=rev-1',
    });
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    const document = await screen.findByRole('article', {
      name: 'Quarterly responsibility-matrix review — 2026 Q4',
    });
    expect(document).toHaveAttribute('data-review-print');
    // The print stylesheet is in the page, scoped to the printable review.
    const css = [...window.document.querySelectorAll('style')]
      .map((style) => style.textContent)
      .join('\n');
    expect(css).toContain('@media print');
    expect(css).toContain('[data-review-print]');
    expect(document).toHaveTextContent('Contoso (internal IT) ↔ Fabrikam IT');
    expect(document).toHaveTextContent('Next review2027-02-27');
    expect(
      within(document)
        .getByRole('button', { name: 'Print or save as PDF' })
        .closest('[data-print-hidden]'),
    ).not.toBeNull();
  });

  it('issue 12 item 2: once the internal lead signed, Decisions and Findings are read-only and say why; the MSP lead still signs', async () => {
    const vague = {
      ...baseEngagement(),
      rows: [1, 2, 3, 4].map((n) => row(`j${n}`, `Joint ${n}`, n, PRIMARY, PRIMARY)),
    };
    const draft = createReview({ id: 'rev-1', engagement: vague, date: TODAY, previous: null });
    const signedByDana = ok(signOff(draft, 'internal', { ...DANA, at: `${TODAY}T10:00:00.000Z` }));
    const { user, store } = await openApp({
      reviews: [signedByDana],
      engagement: vague,
      hash: '#/e/e1/reviews?review=rev-1',
      currentUser: SAM,
    });
    const why =
      'Dana Internal signed the 2026 Q4 review for the internal side, so it can no longer change: a signature is consent to what was on the page.';
    expect(await screen.findByRole('note')).toHaveTextContent(why);
    await openStep(user, /Decisions/);
    expect(screen.queryByRole('form', { name: 'Add a decision' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('form', { name: 'Set the next review date' }),
    ).not.toBeInTheDocument();
    await openStep(user, /Findings/);
    expect(screen.queryByRole('checkbox', { name: 'Discussed' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take a new snapshot' })).not.toBeInTheDocument();
    await openStep(user, /Sign-off/);
    expect(screen.getByText(/content [0-9a-f]{12}/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Sign for the MSP side/ }));
    await waitFor(async () => {
      const stored = await storedReview(store, 'rev-1');
      expect(stored?.signOffs.msp?.fingerprint).toBe(stored?.signOffs.internal?.fingerprint);
    });
  });

  it('issue 12 item 7: edits and removes a decision before signing (Undo brings it back), and refuses an empty one with a message', async () => {
    const draft = ok(
      addDecision(reviewOf('rev-1', TODAY), { id: 'd1', text: 'Move patching', owner: 'msp' }),
    );
    const { user, store } = await openApp({
      reviews: [draft],
      hash: '#/e/e1/reviews?review=rev-1',
    });
    await openStep(user, /Decisions/);
    const form = await screen.findByRole('form', { name: 'Add a decision' });
    await user.click(within(form).getByRole('button', { name: 'Add decision' }));
    expect(await within(form).findByText('A decision needs some text.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit the decision “Move patching”' }));
    const editor = screen.getByRole('form', { name: 'Edit the decision' });
    const box = within(editor).getByRole('textbox', { name: 'Decision' });
    await user.clear(box);
    await user.click(within(editor).getByRole('button', { name: 'Save decision' }));
    expect(await within(editor).findByText('A decision needs some text.')).toBeInTheDocument();
    await user.type(box, 'Keep patching internal');
    await user.click(within(editor).getByRole('button', { name: 'Save decision' }));
    await waitFor(async () =>
      expect((await storedReview(store, 'rev-1'))?.decisions).toMatchObject([
        { id: 'd1', text: 'Keep patching internal' },
      ]),
    );

    await user.click(
      await screen.findByRole('button', { name: 'Remove the decision “Keep patching internal”' }),
    );
    await waitFor(async () => expect((await storedReview(store, 'rev-1'))?.decisions).toEqual([]));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await storedReview(store, 'rev-1'))?.decisions).toHaveLength(1),
    );
  });

  it('says so when a deep link names a review that is gone', async () => {
    await openApp({ hash: '#/e/e1/reviews?review=nope' });
    expect(await screen.findByText(/This review is not in this engagement/)).toBeInTheDocument();
  });
});
