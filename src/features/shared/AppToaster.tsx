import { Toaster } from '@fluentui/react-components';
import { APP_TOASTER_ID } from './use-undo-toast';

/** The single toaster (Undo, errors); mounted once by the shell. */
export function AppToaster() {
  return <Toaster toasterId={APP_TOASTER_ID} position="bottom-end" />;
}
