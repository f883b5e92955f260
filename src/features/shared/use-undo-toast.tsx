import { useCallback } from 'react';
import {
  Link,
  Toast,
  ToastTitle,
  ToastTrigger,
  useToastController,
} from '@fluentui/react-components';

/** The one toaster every feature posts to; rendered once by the shell. */
export const APP_TOASTER_ID = 'tandem-toaster';

/** Show "<message> · Undo" for a destructive action; Undo runs `undo` once. */
export function useUndoToast() {
  const { dispatchToast } = useToastController(APP_TOASTER_ID);
  return useCallback(
    (message: string, undo: () => void) => {
      dispatchToast(
        <Toast>
          <ToastTitle
            action={
              <ToastTrigger>
                <Link onClick={undo}>Undo</Link>
              </ToastTrigger>
            }
          >
            {message}
          </ToastTitle>
        </Toast>,
        { intent: 'info', timeout: 8000 },
      );
    },
    [dispatchToast],
  );
}
