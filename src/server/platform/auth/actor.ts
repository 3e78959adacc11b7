/** Who is making a request: a signed-in member on a particular session. */
export interface Actor {
  memberId: string;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}
