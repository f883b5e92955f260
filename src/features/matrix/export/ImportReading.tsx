import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { LEGACY_ENCODINGS, type ImportProgress, type LegacyEncoding } from './parse-import';

const useStyles = makeStyles({
  reading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  bar: { flexGrow: 1, minWidth: '200px' },
  encoding: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  choice: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
});

/** "Reading contoso.csv… 40 %" with a bar, and Cancel, which stops the reading at once. */
export function ReadingProgress({
  fileName,
  progress,
  onCancel,
}: {
  readonly fileName: string;
  readonly progress: ImportProgress | null;
  readonly onCancel: () => void;
}) {
  const styles = useStyles();
  const fraction = progress?.fraction ?? null;
  const what = progress?.step === 'unpacking' ? 'Unpacking' : 'Reading';
  return (
    <div className={styles.reading}>
      <Field
        className={styles.bar}
        label={`${what} ${fileName}…${fraction === null ? '' : ` ${Math.round(fraction * 100)} %`}`}
        validationState="none"
      >
        <ProgressBar {...(fraction === null ? {} : { value: fraction })} />
      </Field>
      <Button onClick={onCancel}>Cancel reading</Button>
    </div>
  );
}

/** A CSV that is not UTF-8: say so, and read it again in the encoding the user picks. */
export function EncodingChoice({
  message,
  encoding,
  onEncoding,
  onRead,
}: {
  readonly message: string;
  readonly encoding: LegacyEncoding;
  readonly onEncoding: (encoding: LegacyEncoding) => void;
  readonly onRead: () => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.encoding}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody role="alert">{message}</MessageBarBody>
      </MessageBar>
      {/* Below the message, not in its actions: they must wrap at 320–400 px. */}
      <div className={styles.choice}>
        <Field label="Saved in">
          <Select value={encoding} onChange={(_, data) => onEncoding(data.value as LegacyEncoding)}>
            {Object.entries(LEGACY_ENCODINGS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={onRead}>Read as this encoding</Button>
      </div>
    </div>
  );
}
