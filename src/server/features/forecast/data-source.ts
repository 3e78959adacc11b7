/**
 * Forecasts in "your data": the member's own forecast (as a hurt partner),
 * the partner's only if it was shared with them, and the member's choice to
 * share. When someone leaves, the space's forecasts go (each is computed from
 * both partners' entries) and are recomputed for whoever stays.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';

export const forecastsDataSource: MemberDataSource = {
  async export({ db, memberId, spaceId }) {
    const shares = spaceId
      ? await db.selectFrom('forecastShares').selectAll().where('spaceId', '=', spaceId).execute()
      : [];
    const sharedBy = new Set(shares.map((s) => s.memberId));
    let query = db.selectFrom('forecasts').selectAll().where('memberId', '=', memberId);
    if (spaceId) {
      query = db
        .selectFrom('forecasts')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('memberId', '=', memberId),
            eb.and([eb('spaceId', '=', spaceId), eb('memberId', 'in', [...sharedBy, memberId])]),
          ]),
        );
    }
    const rows = await query.execute();
    return {
      forecasts: rows.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        memberId: row.memberId,
        asOf: row.asOf,
        computedAt: row.computedAt,
        forecast: JSON.parse(row.body) as unknown,
      })),
      forecast_shares: shares
        .filter((s) => s.memberId === memberId)
        .map((s) => ({ spaceId: s.spaceId, memberId: s.memberId, createdAt: s.createdAt })),
    };
  },

  async onLeave(db, spaceId, memberId) {
    await db.deleteFrom('forecasts').where('spaceId', '=', spaceId).execute();
    await db
      .deleteFrom('forecastShares')
      .where('spaceId', '=', spaceId)
      .where('memberId', '=', memberId)
      .execute();
  },
};
