import { useState } from 'preact/hooks';
import { isSameVersion, type Refusal } from '@/utils/core/edit';
import type { OwnCard } from '@/utils/core/own-cards';

/**
 * The version of an own card its editor writes against: the card it began from (null: a new
 * one), and what stands elsewhere now when it changed or went meanwhile (`theirs`: the card, or
 * null once deleted; undefined while neither). Seen in the list the page is given, while the
 * person types, and in what a save comes back with.
 */
export function useCardVersion(begin: OwnCard | null, ownCards: readonly OwnCard[]) {
  const [base, setBase] = useState(begin);
  const [refusedBy, setRefusedBy] = useState<OwnCard | null | undefined>(undefined);
  const stored = base === null ? undefined : (ownCards.find((card) => card.id === base.id) ?? null);
  const theirs = stored === null || (stored && !isSameVersion(stored, base)) ? stored : refusedBy;
  return {
    base,
    theirs,
    /** Takes in what a save came to: the card as stored, or what stands elsewhere now. */
    settle(result: OwnCard | Refusal<OwnCard>) {
      if (!('refused' in result)) {
        setBase(result);
        setRefusedBy(undefined);
      } else if (result.refused === 'changed') setRefusedBy(result.current);
      else if (result.refused === 'gone') setRefusedBy(null);
    },
  };
}
