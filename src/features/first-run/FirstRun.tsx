import { useState, type FormEvent } from 'react';
import {
  Button,
  Field,
  MessageBar,
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
import { useServices } from '../shared/services-context';

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
                Restore {summary.customer || 'Untitled'}
                {summary.mspName ? ` · ${summary.mspName}` : ''}
              </Button>
              <Body1>until {summary.deletedAt ? restorableUntil(summary.deletedAt) : ''}</Body1>
            </div>
          ))}
        </section>
      )}
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
