import { useEffect, useSyncExternalStore } from 'react';
import {
  Link,
  Toast,
  ToastTitle,
  ToastTrigger,
  Toaster,
  useToastController,
} from '@fluentui/react-components';
import { APP_TOASTER_ID, undoToastQueue } from './toast-queue';

/**
 * Fluent's Toaster, plus the undo toasts posted before it mounted. Its child Toaster subscribes to
 * toast events in an effect that runs before this component's, so waiting toasts are delivered.
 */
export function ToasterSurface() {
  const { dispatchToast } = useToastController(APP_TOASTER_ID);
  const pending = useSyncExternalStore(undoToastQueue.subscribe, undoToastQueue.snapshot);
  useEffect(() => {
    if (pending.length === 0) return;
    for (const { message, undo } of undoToastQueue.drain()) {
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
    }
  }, [pending, dispatchToast]);
  return <Toaster toasterId={APP_TOASTER_ID} position="bottom-end" />;
}
