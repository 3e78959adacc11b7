/** People as the repair screens name them: "You", the partner's name, or a former partner. */
import type { MeAnswer } from '../../api/types';

export interface People {
  myId: string;
  partnerId: string | null;
  partnerName: string;
  /** "You", the partner's name, or "A former partner". */
  nameOf: (memberId: string | null) => string;
  /** Mid-sentence: "you", the partner's name, or "a former partner". */
  mention: (memberId: string | null) => string;
  /** "Your", "Sam’s", or "A former partner’s". */
  possessive: (memberId: string | null) => string;
  isMe: (memberId: string | null) => boolean;
}

export function peopleFor(me: MeAnswer): People {
  const partner = me.space?.partner ?? null;
  const myId = me.member.id;
  const partnerName = partner?.displayName ?? 'your partner';
  const nameOf = (memberId: string | null) => {
    if (memberId === myId) return 'You';
    if (partner && memberId === partner.id) return partner.displayName;
    return 'A former partner';
  };
  return {
    myId,
    partnerId: partner?.id ?? null,
    partnerName,
    nameOf,
    mention: (memberId) => {
      const name = nameOf(memberId);
      return name === 'You' || name === 'A former partner' ? name.toLowerCase() : name;
    },
    possessive: (memberId) => (memberId === myId ? 'Your' : `${nameOf(memberId)}’s`),
    isMe: (memberId) => memberId === myId,
  };
}
