/**
 * The emulated directory: users by object id and UPN, for `GET /users/{id | upn}` (routes-users.ts).
 */
import type { EmulatedDirectoryUser } from './types';

export class DirectoryUsers {
  private readonly users: EmulatedDirectoryUser[] = [];

  add(user: EmulatedDirectoryUser): void {
    if (this.find(user.id) || this.find(user.userPrincipalName)) {
      throw new Error(`The emulated directory already has ${user.userPrincipalName}.`);
    }
    this.users.push({ ...user });
  }

  /**
   * By object id or UPN; the directory compares both without case (assumed for ids:
   * docs/platform.md#users-and-joined-teams).
   */
  find(idOrUpn: string): EmulatedDirectoryUser | undefined {
    const wanted = idOrUpn.toLowerCase();
    return this.users.find(
      (u) => u.id.toLowerCase() === wanted || u.userPrincipalName.toLowerCase() === wanted,
    );
  }
}
