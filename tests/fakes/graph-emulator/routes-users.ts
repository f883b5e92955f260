/**
 * The directory's users, as far as Tandem reads them: `GET /users/{id | userPrincipalName}` with
 * `$select` (docs/platform.md#users-and-joined-teams; delegated User.ReadBasic.All reads other
 * users). The Planner sync looks up the leads' Entra ids this way (docs/platform.md#planner-tasks:
 * assignments are keyed by user id). Users come from `graph.addUser`; the signed-in user is there
 * from the start when the emulator's options give its e-mail.
 */
import type { ApiRequest, RouteContext, Routed } from './api-request';
import { GraphHttpError, methodNotAllowed } from './errors';
import { parseSelect, queryOption, selectProperties } from './query-options';
import type { EmulatedDirectoryUser } from './types';

const USER_TYPE = 'microsoft.graph.user';
const USER_PROPERTIES = ['id', 'displayName', 'userPrincipalName', 'mail', 'userType'];

// The directory's 404, as widely reported for an unknown user id or UPN.
const userNotFound = (ref: string) =>
  new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${ref}' does not exist or one of its queried reference-property objects are not present.`,
  );

function userJson(user: EmulatedDirectoryUser): Record<string, unknown> {
  return {
    id: user.id,
    displayName: user.displayName ?? user.userPrincipalName,
    userPrincipalName: user.userPrincipalName,
    mail: user.mail ?? null,
    userType: user.userType ?? 'Member',
  };
}

/** undefined: not a `/users/{ref}` path. */
export function routeUsers(req: ApiRequest, ctx: RouteContext): Routed | undefined {
  const segments = req.path.split('/').filter((s) => s !== '');
  if (segments.length !== 2 || segments[0]?.toLowerCase() !== 'users') return undefined;
  if (req.method !== 'GET') throw methodNotAllowed(req.method);
  const ref = decodeURIComponent(segments[1]!);
  return {
    cost: 0,
    run: () => {
      const user = ctx.store.directory.find(ref);
      if (!user) throw userNotFound(ref);
      const select = parseSelect(queryOption(req.query, 'select'));
      const body = selectProperties(userJson(user), select, USER_TYPE, USER_PROPERTIES);
      return { status: 200, headers: {}, body };
    },
  };
}
