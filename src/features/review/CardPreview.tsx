import { useEffect, useRef, useState } from 'react';
import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { CARD_HOST_CONFIG } from './card-host-config';
import type { ReviewMessage } from './card/review-card';

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    maxWidth: '36rem',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  source: {
    maxWidth: '36rem',
    maxHeight: '16rem',
    overflow: 'auto',
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Which card the host div shows, so a new card reads as "loading" until it is rendered. */
interface Rendered {
  readonly card: ReviewMessage['card'];
  readonly ok: boolean;
}

/**
 * The exact channel post, rendered by the Adaptive Cards library as Teams would (loaded only
 * here). The library builds DOM nodes and sets text as text; markdown processing is switched off
 * so nothing in the card becomes HTML. The HTML fallback body is shown as its source.
 */
export function CardPreview({ message }: { readonly message: ReviewMessage }) {
  const styles = useStyles();
  const host = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const state = rendered?.card !== message.card ? 'loading' : rendered.ok ? 'ready' : 'failed';
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    import('adaptivecards')
      .then(({ AdaptiveCard, HostConfig }) => {
        if (cancelled || !host.current) return;
        AdaptiveCard.onProcessMarkdown = () => {}; // text stays text: no markdown-to-HTML
        const card = new AdaptiveCard();
        card.hostConfig = new HostConfig(CARD_HOST_CONFIG);
        card.parse(message.card);
        const element = card.render();
        if (!element) throw new Error('The card did not render.');
        host.current.replaceChildren(element);
        setRendered({ card: message.card, ok: true });
      })
      .catch(() => {
        if (!cancelled) setRendered({ card: message.card, ok: false });
      });
    return () => {
      cancelled = true;
    };
  }, [message.card]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(message.card, null, 2));
      setCopied('Card JSON copied.');
    } catch {
      setCopied('The browser did not allow copying.');
    }
  };

  return (
    <section className={styles.preview} aria-label="Channel post preview">
      <Subtitle2 as="h4">The card</Subtitle2>
      {state === 'loading' && <Spinner size="tiny" label="Rendering the card…" />}
      {state === 'failed' && (
        <Body1>The card could not be rendered here; its JSON and fallback text are below.</Body1>
      )}
      <div ref={host} className={styles.card} data-testid="card-preview" />
      <div className={styles.bar}>
        <Button onClick={() => void copy()}>Copy card JSON</Button>
        <Body1 role="status">{copied}</Body1>
      </div>
      <Subtitle2 as="h4">Fallback message body (HTML source)</Subtitle2>
      <pre className={styles.source} data-testid="fallback-html">
        {message.fallbackHtml}
      </pre>
    </section>
  );
}
