import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { useOnDemand, type OnDemand } from './on-demand';

export interface StandIn<T> {
  /** The real control's module; render it instead of the stand-in once it is here. */
  readonly loaded: T | undefined;
  /** The user activated the stand-in before the real control arrived: it mounts open. */
  readonly open: boolean;
  /** The stand-in had focus as the real control arrived: the real one takes focus over. */
  readonly focus: boolean;
  /** Spread on the stand-in element. */
  readonly props: {
    onFocus(): void;
    onBlur(): void;
    onPointerDown(): void;
    onPointerLeave(): void;
    onPointerCancel(): void;
    onClick(): void;
    onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  };
}

/**
 * A light element shown in place of a control whose code is on demand (a menu, popover or dropdown
 * trigger). It looks and is named like the real trigger; activating it (click, or a key the real
 * control opens on) fetches the control, which then mounts open — so the first Enter opens the
 * menu and focuses its first item just as the real trigger would, one fetch later.
 */
export function useStandIn<T>(
  part: OnDemand<T>,
  opensOnKey: (event: KeyboardEvent<HTMLElement>) => boolean = () => false,
): StandIn<T> {
  const arrived = useOnDemand(part);
  const [focus, setFocus] = useState(false);
  const [open, setOpen] = useState(false);
  // Swapping the element between pointerdown and click would lose the click: wait for the press to end.
  const [pressed, setPressed] = useState(false);
  const loaded = pressed ? undefined : arrived;
  const requestOpen = () => {
    setPressed(false);
    setOpen(true);
    part.load().catch(() => setOpen(false));
  };
  return {
    loaded,
    open,
    focus,
    props: {
      onFocus: () => setFocus(true),
      onBlur: () => setFocus(false),
      onPointerDown: () => setPressed(true),
      onPointerLeave: () => setPressed(false),
      onPointerCancel: () => setPressed(false),
      onClick: requestOpen,
      onKeyDown: (event) => {
        if (!opensOnKey(event)) return;
        event.preventDefault();
        requestOpen();
      },
    },
  };
}

/**
 * Focuses the real trigger as it replaces a focused stand-in. Not `autoFocus`: React applies that in
 * the middle of the commit, and Fluent's handlers, which answer the focus event, are not ready yet.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, focus: boolean | undefined) {
  useEffect(() => {
    if (focus) ref.current?.focus();
    // Only as the control mounts: later renders must never steal focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
