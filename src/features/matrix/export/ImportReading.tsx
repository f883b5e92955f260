import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { LEGACY_ENCODINGS, type ImportProgress, type LegacyEncoding } from './parse-import';

const useStyles = makeStyles({
  reading: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1 },
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
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody role="alert">{message}</MessageBarBody>
      <MessageBarActions>
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
      </MessageBarActions>
    </MessageBar>
  );
}
