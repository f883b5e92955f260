import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Field,
  Input,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useOpenEngagement } from '../shared/engagement-context';
import { withoutVersion } from '../../ports/engagement-store';
import { useServices } from '../shared/services-context';
import type { ViewProps } from '../shared/view-props';
import { ProfileFields } from '../shared/ProfileFields';
import { formErrors, fromFormValues, toFormValues } from '../shared/profile-form-state';
import { toReviewDate, validateReviewDate } from './review-date';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
  review: { maxWidth: '320px' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});

/**
 * Edit who the engagement is between and how it is sized. Messages appear after the first Save and
 * then follow the typing; nothing typed is ever cleared by a failed save.
 */
export function ProfileView(_props: ViewProps) {
  const styles = useStyles();
  const titleId = useId();
  const { engagement, save } = useOpenEngagement();
  const { today } = useServices();
  const stored = engagement.profile;
  const [values, setValues] = useState(() => toFormValues(stored));
  const [review, setReview] = useState(stored.lastReviewDate ?? '');
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  // The browser's own verdict on the date input: a half-typed or impossible date reads as "".
  const [reviewUnreadable, setReviewUnreadable] = useState(false);
  const reviewInput = useRef<HTMLInputElement>(null);

  const check = (unreadable: boolean) => ({
    fields: formErrors(values, stored),
    review: validateReviewDate(review, today(), unreadable),
  });
  const errors = tried ? check(reviewUnreadable) : { fields: {}, review: null };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unreadable = reviewInput.current?.validity.badInput ?? false;
    setReviewUnreadable(unreadable);
    setTried(true);
    const found = check(unreadable);
    if (Object.keys(found.fields).length > 0 || found.review) {
      setStatus('Not saved: correct the fields marked above.');
      return;
    }
    const profile = withoutVersion({
      ...fromFormValues(values, stored),
      lastReviewDate: toReviewDate(review),
    });
    save({ label: 'Updated the engagement profile', intents: [{ kind: 'put-profile', profile }] });
    setStatus('Profile saved.');
  };

  const discard = () => {
    setValues(toFormValues(stored));
    setReview(stored.lastReviewDate ?? '');
    setReviewUnreadable(false);
    setTried(false);
    setStatus('');
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId}>
        Engagement profile
      </Title2>
      <Body1 as="p">
        Who the engagement is between, how it is sized, and when it was last reviewed.
      </Body1>
      <ProfileFields values={values} errors={errors.fields} onChange={setValues} />
      <Field
        className={styles.review}
        label="Last quarterly review date"
        hint="Scope-creep checks look at changes since this review. Leave empty if there has not been one."
        validationMessage={errors.review ?? undefined}
        validationState={errors.review ? 'error' : 'none'}
      >
        <Input
          ref={reviewInput}
          type="date"
          value={review}
          onChange={(event, data) => {
            setReview(data.value);
            setReviewUnreadable(event.currentTarget.validity.badInput);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          Save profile
        </Button>
        <Button type="button" onClick={discard}>
          Discard changes
        </Button>
        <Body1 role="status">{status}</Body1>
      </div>
    </form>
  );
}
