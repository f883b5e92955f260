import { useCallback, useState } from 'react';
import { OWNER_LABELS, type Owner } from '../../domain/matrix/roles';
import type { MatrixActions, OwnershipReason } from '../shared/use-matrix-actions';

/** A move the user asked for (drop or "Move to…") that waits for the reason dialog. */
export interface PendingMove {
  readonly rowId: string;
  readonly rowName: string;
  readonly to: Owner;
}

/** Which card should take focus next; `seq` makes a repeated request for the same card count. */
export interface FocusRequest {
  readonly rowId: string;
  readonly seq: number;
}

/**
 * One path for both ways of moving a card: drag-and-drop and the keyboard menu each only
 * `request` a move; the dialog confirms it through the matrix actions, so the change log records
 * pointer and keyboard moves the same way. Afterwards focus goes to the card (in its new lane, or
 * back where it was on Cancel) and the move is announced.
 */
export function useBoardMove(actions: Pick<MatrixActions, 'moveToOwner'>) {
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  const focusCard = useCallback(
    (rowId: string) => setFocusRequest((previous) => ({ rowId, seq: (previous?.seq ?? 0) + 1 })),
    [],
  );

  const request = useCallback((move: PendingMove) => setPending(move), []);

  const confirm = useCallback(
    (why: OwnershipReason) => {
      if (!pending) return;
      actions.moveToOwner(pending.rowId, pending.to, why);
      setAnnouncement(`Moved ${pending.rowName} to ${OWNER_LABELS[pending.to]}`);
      setPending(null);
      focusCard(pending.rowId);
    },
    [actions, focusCard, pending],
  );

  const cancel = useCallback(() => {
    if (pending) focusCard(pending.rowId);
    setPending(null);
  }, [focusCard, pending]);

  return { pending, announcement, focusRequest, request, confirm, cancel };
}
