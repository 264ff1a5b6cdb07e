/** The roles of the platform (see the README for what each may do). */
export const ROLES = ['admin', 'director', 'officer', 'viewer', 'reporter'] as const;
/** A user's role. */
export type Role = (typeof ROLES)[number];

/** Who is making a request: the logged-in user with role and province scope. */
export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** Current province codes the user may act on; '*' means every province. */
  scope: string[];
  /** For reporters: the enterprise or cluster they report for. */
  reporterFor: { kind: 'enterprise' | 'cluster'; id: string } | null;
  language: 'vi' | 'en';
  sessionId: string;
  csrfToken: string;
};

/** Roles that read figures and registries in their scope. */
export const READERS: readonly Role[] = ['admin', 'director', 'officer', 'viewer'];
/** Roles that enter, import and edit data in their scope. */
export const EDITORS: readonly Role[] = ['director', 'officer'];
/** Roles that approve and publish. */
export const APPROVERS: readonly Role[] = ['director'];
/** Administration only. */
export const ADMINS: readonly Role[] = ['admin'];

/** True when the actor's scope covers every given current province code. */
export function coversProvinces(actor: Pick<Actor, 'scope'>, codes: readonly string[]): boolean {
  if (actor.scope.includes('*')) return true;
  return codes.every((code) => actor.scope.includes(code));
}

/** The province codes an actor may see among the given ones (all of them for '*'). */
export function provincesInScope(actor: Pick<Actor, 'scope'>, codes: readonly string[]): string[] {
  return actor.scope.includes('*') ? [...codes] : codes.filter((c) => actor.scope.includes(c));
}
