/** Who is making a request: a signed-in member on a particular session. */
export interface Actor {
  memberId: string;
  sessionId: string;
  /**
   * The member's place in a space as read with the session, at the start of
   * this request (null: in none); absent when it was not read with it. Never
   * kept beyond the request, so a change shows on the very next one.
   */
  readonly membership?: { spaceId: string; partnerId: string | null } | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}
