import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Title2,
  Body1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { newEngagement } from '../../domain/engagement/engagement';
import { emptyProfile } from '../../domain/engagement/profile';
import {
  rowsFromTemplate,
  TEMPLATES,
  templateById,
  type TemplateId,
} from '../../domain/matrix/templates';
import { StoreError, type EngagementSummary } from '../../ports/engagement-store';
import { restorableUntil, restoreEngagement } from '../../application/engagement-lifecycle';
import { ProfileFields } from '../shared/ProfileFields';
import { formErrors, fromFormValues, toFormValues } from '../shared/profile-form-state';
import { readBytes } from '../shared/read-file';
import { summaryLabel } from '../shared/summary-label';
import { useServices } from '../shared/services-context';
import { ReportLoaded } from '../shared/ReportLoaded';

const useStyles = makeStyles({
  page: {
    maxWidth: '960px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

interface Props {
  onCreated: (engagementId: string) => void;
  onCancel?: () => void;
  /** "Recently deleted": offered for restoring above the form. */
  deleted?: readonly EngagementSummary[];
  onRestored?: (engagementId: string) => void;
}

/** First run (and "New engagement"): pick a template, fill the profile, create. */
export function FirstRun({ onCreated, onCancel, deleted = [], onRestored }: Props) {
  const styles = useStyles();
  const services = useServices();
  const [base] = useState(() => emptyProfile(services.today()));
  const [values, setValues] = useState(() => toFormValues(base));
  const [templateId, setTemplateId] = useState<TemplateId>('co-managed-75');
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = showErrors ? formErrors(values, base) : {};

  const fileInput = useRef<HTMLInputElement>(null);
  const [fileStatus, setFileStatus] = useState<
    | { kind: 'idle' }
    | { kind: 'busy'; name: string }
    | { kind: 'up-to-date'; id: string; customer: string }
    | { kind: 'error'; message: string }
  >({ kind: 'idle' });

  /** Publish an engagement file made by "Publish to a team" in local mode into this store. */
  const openFile = async (file: File) => {
    setFileStatus({ kind: 'busy', name: file.name });
    try {
      // zod and the publish workflow load only when a file is picked.
      const { ENGAGEMENT_FILE_MAX_BYTES, publishEngagementFile, readEngagementFile } =
        await import('../../application/engagement-file');
      if (file.size > ENGAGEMENT_FILE_MAX_BYTES)
        throw new StoreError(
          'invalid',
          `“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB: an engagement file is at most ${ENGAGEMENT_FILE_MAX_BYTES / 1024 / 1024} MB.`,
        );
      const engagement = readEngagementFile(new TextDecoder().decode(await readBytes(file)));
      const result = await publishEngagementFile(engagement, services.store);
      if (result.created || result.written > 0) onCreated(engagement.id);
      else
        setFileStatus({
          kind: 'up-to-date',
          id: engagement.id,
          customer: engagement.profile.customer || 'Untitled',
        });
    } catch (error) {
      setFileStatus({
        kind: 'error',
        message:
          error instanceof StoreError ? error.message : 'The engagement file could not be read.',
      });
    }
  };

  const restore = async (id: string) => {
    setFailure(null);
    try {
      await restoreEngagement(services.store, id);
      onRestored?.(id);
    } catch (error) {
      setFailure(
        error instanceof StoreError ? error.message : 'The engagement could not be restored.',
      );
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(formErrors(values, base)).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const id = services.newId();
      const rows = rowsFromTemplate(templateById(templateId), services.newId);
      await services.store.createEngagement(newEngagement(id, fromFormValues(values, base), rows));
      onCreated(id);
    } catch (error) {
      // The form keeps everything typed, so the user can simply try again.
      setFailure(
        error instanceof StoreError ? error.message : 'The engagement could not be saved.',
      );
      setSaving(false);
    }
  };

  return (
    <main className={styles.page}>
      {/* The form is a settled page: without this, Teams' load guard would replace it. */}
      <ReportLoaded />
      <header className={styles.header}>
        <Title2 as="h1">Start a co-managed engagement</Title2>
        <Body1 as="p">
          Agree in writing who owns what. Start from the guide's matrix and make it yours.
        </Body1>
      </header>
      {deleted.length > 0 && onRestored && (
        <section aria-label="Recently deleted" className={styles.header}>
          <Body1 as="p">Recently deleted — restore one instead of starting again:</Body1>
          {deleted.map((summary) => (
            <div key={summary.id} className={styles.actions}>
              <Button onClick={() => void restore(summary.id)}>
                Restore {summaryLabel(summary)}
              </Button>
              <Body1>until {summary.deletedAt ? restorableUntil(summary.deletedAt) : ''}</Body1>
            </div>
          ))}
        </section>
      )}
      <section aria-label="From an engagement file" className={styles.header}>
        <Body1 as="p">
          Started in Tandem in a browser? Use “Publish to a team” there, then open the file here.
        </Body1>
        <div className={styles.actions}>
          <Button onClick={() => fileInput.current?.click()} disabled={fileStatus.kind === 'busy'}>
            {fileStatus.kind === 'busy'
              ? `Publishing ${fileStatus.name}…`
              : 'Open an engagement file…'}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-label="Engagement file"
            hidden
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void openFile(file);
            }}
          />
        </div>
        {fileStatus.kind === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{fileStatus.message}</MessageBarBody>
          </MessageBar>
        )}
        {fileStatus.kind === 'up-to-date' && (
          <MessageBar intent="info">
            <MessageBarBody>
              {fileStatus.customer} is already here and up to date: nothing was written.
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => onCreated(fileStatus.id)}>Open it</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </section>
      <form onSubmit={submit} noValidate aria-label="New engagement">
        <div className={styles.form}>
          <Field label="Start from">
            <RadioGroup
              value={templateId}
              onChange={(_, data) => setTemplateId(data.value as TemplateId)}
            >
              {TEMPLATES.map((template) => (
                <Radio
                  key={template.id}
                  value={template.id}
                  label={`${template.label} — ${template.description}`}
                />
              ))}
            </RadioGroup>
          </Field>
          <ProfileFields values={values} errors={errors} onChange={setValues} />
          {failure && (
            <MessageBar intent="error">
              <MessageBarBody>{failure} Nothing you typed was lost — try again.</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={saving}>
              {saving ? 'Creating…' : 'Create engagement'}
            </Button>
            {onCancel && (
              <Button type="button" onClick={onCancel}>
                Cancel
              </Button>
            )}
          </div>
        </div>
      </form>
    </main>
  );
}
