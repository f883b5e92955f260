// @ts-check
/**
 * Teams host fake (browser side). Frames the tab and answers the teams-js wire protocol the way
 * docs/platform.md#teams-host-wire-protocol describes: responses are `{id, uuidAsString, args}`
 * posted to the tab's origin; host events (`themeChange`, `settings.save`) carry no `id`.
 *
 * Query parameters of host.html:
 *   tab           URL of the tab page, relative to the host page (default `/`); same origin as the host
 *   frame         frame context answered to initialize: content (default) | settings | remove | …
 *   silent=1      record everything, answer nothing (teams-js would wait 60 s)
 *   initializeDelay  milliseconds to wait before answering `initialize` (a slow host: Teams desktop
 *                 starting cold, a phone on a poor network)
 *   ignore        comma-separated funcs not to answer (e.g. `getContext`)
 *   token         `authentication.getAuthToken` answers `[true, token]` with exactly this text; absent:
 *                 an unsigned JWT (`alg: none`) built from the context (`tid`, `oid`←userObjectId,
 *                 `upn`←loginHint), like the Teams SSO token that carries them; empty (`token=`):
 *                 `[false, tokenError]`
 *   tokenClaims   JSON object merged over that JWT's claims, e.g. `{"tid":"<another tenant>"}`
 *   tokenError    the failure text (default `error`)
 *   settingsError `settings.setSettings` answers `[false, settingsError]` instead of `[true]`
 *   runtime       the runtimeConfig JSON string answered to initialize (default: apiVersion 4 + pages.config)
 *   clientType    hostClientType answered to initialize (default `web`)
 *   omit          comma-separated context keys to leave out, as Teams does outside a team: a personal
 *                 tab gets no teamId, groupId, teamName, channelId, channelName, teamSiteUrl
 *                 (docs/platform.md#teams-context)
 *   anything else goes into the flat legacy context answered to getContext, as teams-js expects it
 *   (docs/platform.md#teams-context): theme, locale, tid, userObjectId, loginHint, teamId, groupId,
 *   teamName, channelId, channelName, entityId, subEntityId, teamSiteUrl, … (`theme` defaults to
 *   `default`).
 *
 * `window.tandemHost` lets a test (or a person in devtools) look and act:
 *   messages             every message the tab sent, `{func, args}`, in order
 *   validity / config    last `settings.setValidityState` value / last config accepted by setSettings
 *   waitFor(func, ms?)   resolves with the first message of that func (already received or not)
 *   pushTheme(theme)     host event `themeChange`
 *   pushEvent(func, args)
 *   pressSave()          host event `settings.save`; resolves `{ok:true}` on `settings.save.success`,
 *                        `{ok:false, reason}` on `settings.save.failure`
 */

const RESERVED = new Set([
  'tab',
  'frame',
  'silent',
  'initializeDelay',
  'ignore',
  'token',
  'tokenClaims',
  'tokenError',
  'settingsError',
  'runtime',
  'clientType',
  'omit',
]);
const DEFAULT_RUNTIME = JSON.stringify({ apiVersion: 4, supports: { pages: { config: {} } } });
/**
 * Reported as clientSupportedSDKVersion (the initialize answer's 4th arg,
 * docs/platform.md#teams-host-wire-protocol).
 */
const HOST_SDK_VERSION = '2.58.0';

const query = new URLSearchParams(location.search);
const tabUrl = new URL(query.get('tab') ?? '/', location.href);
const frameContext = query.get('frame') ?? 'content';
const silent = query.get('silent') === '1';
const initializeDelay = Number(query.get('initializeDelay') ?? 0);
const ignored = new Set((query.get('ignore') ?? '').split(',').filter(Boolean));

/** The flat legacy context (docs/platform.md#teams-context), from the query. */
const legacyContext = /** @type {Record<string, string>} */ ({ theme: 'default', frameContext });
for (const [key, value] of query) if (!RESERVED.has(key)) legacyContext[key] = value;
for (const key of (query.get('omit') ?? '').split(',')) delete legacyContext[key];

const frame = document.createElement('iframe');
frame.title = 'Tab';

/** @typedef {{ func: string, args: unknown[] }} Recorded */
/** @type {Recorded[]} */
const messages = [];
/** @type {{ test: (m: Recorded) => boolean, resolve: (m: Recorded) => void }[]} */
let waiters = [];

function record(/** @type {Recorded} */ message) {
  messages.push(message);
  const ready = waiters.filter((w) => w.test(message));
  waiters = waiters.filter((w) => !ready.includes(w));
  for (const w of ready) w.resolve(message);
}

/** Resolves with the first message after index `from` that passes `test`. */
function nextMessage(/** @type {(m: Recorded) => boolean} */ test, from = 0, timeoutMs = 10_000) {
  const earlier = messages.slice(from).find(test);
  if (earlier) return Promise.resolve(earlier);
  return new Promise((resolve, reject) => {
    const waiter = { test, resolve };
    waiters.push(waiter);
    setTimeout(() => {
      if (!waiters.includes(waiter)) return;
      waiters = waiters.filter((w) => w !== waiter);
      reject(new Error(`The tab sent no matching message within ${timeoutMs} ms.`));
    }, timeoutMs);
  });
}

function post(/** @type {object} */ data) {
  frame.contentWindow?.postMessage(data, tabUrl.origin);
}

const host = {
  tabUrl: tabUrl.href,
  frameContext,
  messages,
  /** @type {boolean | null} */
  validity: null,
  /** @type {unknown} */
  config: null,
  waitFor: (/** @type {string} */ func, timeoutMs = 10_000) =>
    nextMessage((m) => m.func === func, 0, timeoutMs),
  pushEvent: (/** @type {string} */ func, /** @type {unknown[]} */ args = []) =>
    post({ func, args }),
  pushTheme: (/** @type {string} */ theme) => post({ func: 'themeChange', args: [theme] }),
  async pressSave() {
    const from = messages.length;
    post({ func: 'settings.save', args: [{}] });
    const outcome = await nextMessage((m) => m.func.startsWith('settings.save.'), from);
    return outcome.func === 'settings.save.success'
      ? { ok: true }
      : { ok: false, reason: outcome.args[0] };
  },
};
Object.assign(window, { tandemHost: host });

function base64url(/** @type {unknown} */ value) {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(value))) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * An unsigned JWT with the claims Tandem reads from a Teams SSO token, for the context's user in
 * the context's tenant (claims the context lacks are left out), valid for an hour.
 */
function contextToken() {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: `api://${location.host}/tandem`,
    iss: legacyContext.tid ? `https://sts.windows.net/${legacyContext.tid}/` : undefined,
    iat: now,
    nbf: now,
    exp: now + 3600,
    tid: legacyContext.tid,
    oid: legacyContext.userObjectId,
    upn: legacyContext.loginHint,
    ver: '1.0',
    ...JSON.parse(query.get('tokenClaims') ?? '{}'),
  };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
}

/** `authentication.getAuthToken`'s answer (see `token` above). */
function tokenAnswer() {
  const token = query.get('token');
  if (token === null) return [true, contextToken()];
  return token ? [true, token] : [false, query.get('tokenError') ?? 'error'];
}

/**
 * The answer for a request, or undefined for fire-and-forget calls (appInitialization.*,
 * registerHandler, settings.setValidityState, settings.save.*) and for funcs we do not know.
 * `settings.setSettings` keeps the config it accepts.
 * @returns {unknown[] | undefined}
 */
function answer(/** @type {Recorded} */ m) {
  switch (m.func) {
    case 'initialize':
      // [frameContext, hostClientType, runtimeConfig (a JSON string), clientSupportedSDKVersion]
      // (docs/platform.md#teams-host-wire-protocol)
      return [
        frameContext,
        query.get('clientType') ?? 'web',
        query.get('runtime') ?? DEFAULT_RUNTIME,
        HOST_SDK_VERSION,
      ];
    case 'getContext':
      return [legacyContext];
    case 'authentication.getAuthToken':
      return tokenAnswer();
    case 'settings.setSettings': {
      const error = query.get('settingsError');
      if (error) return [false, error];
      host.config = m.args[0];
      return [true];
    }
    case 'settings.getSettings':
      return [host.config ?? {}];
    case 'executeDeepLink':
      // app.openLink: [status] or [false, reason] (docs/platform.md#teams-deep-links). The fake
      // opens nothing: a test reads the link from `messages`.
      return [true];
    default:
      return undefined;
  }
}

addEventListener('message', (event) => {
  // Only the framed tab speaks to us, and only teams-js messages carry `func`
  // (docs/platform.md#teams-host-wire-protocol).
  if (event.source !== frame.contentWindow || typeof event.data?.func !== 'string') return;
  const m = event.data;
  const message = { func: m.func, args: Array.isArray(m.args) ? m.args : [] };
  if (message.func === 'settings.setValidityState') host.validity = Boolean(message.args[0]);
  // Answer before recording, so a test awaiting a message also sees its effect (validity, config).
  const args = silent || ignored.has(message.func) ? undefined : answer(message);
  record(message);
  if (!args || typeof m.id !== 'number') return;
  const reply = () => post({ id: m.id, uuidAsString: m.uuidAsString, args });
  if (message.func === 'initialize' && initializeDelay > 0) setTimeout(reply, initializeDelay);
  else reply();
});

frame.src = tabUrl.href;
document.body.append(frame);
