import type { FormEvent, ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

interface Props {
  readonly title: ReactNode;
  readonly submitLabel: string;
  /** Enter or the primary button; the browser's own form submission is already prevented. */
  readonly onSubmit: () => void;
  /** Cancel, Escape or a click outside. */
  readonly onCancel: () => void;
  readonly contentClassName?: string;
  readonly children: ReactNode;
}

/**
 * A modal form: title, fields, a primary submit button and Cancel. The form validates in code
 * (`noValidate`), so messages come from the domain rules, not the browser.
 */
export function FormDialog({
  title,
  submitLabel,
  onSubmit,
  onCancel,
  contentClassName,
  children,
}: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={contentClassName}>{children}</DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {submitLabel}
              </Button>
              <Button type="button" onClick={onCancel}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
