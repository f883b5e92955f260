/**
 * Building blocks for Adaptive Cards that show user text as plain text (schema ≤ 1.5, the version
 * Teams renders, docs/platform.md#adaptive-cards).
 *
 * Teams interprets Markdown in TextBlock and Fact text (Teams cards-format docs), so a name like
 * `**x** [a](javascript:x)` would turn bold or into a link. A `TextRun` inside a `RichTextBlock`
 * "does not support markdown" (Adaptive Cards text features docs; schema 1.2), so every piece of
 * data goes into a TextRun; `labelBlock` (a TextBlock) is for fixed labels written in code only.
 * Adaptive Cards also format `{{DATE(…)}}`/`{{TIME(…)}}` in text: `{{` is broken with a zero-width
 * space. HTML means nothing in a card (Teams: "HTML isn't supported in Adaptive Cards").
 */

export type CardJson = Record<string, unknown>;

export const CARD_VERSION = '1.5';

/** User text as a card shows it: only the date/time functions need neutralising. */
export const plainCardText = (text: string): string => text.replace(/\{\{/g, '{\u200B{');

export const textRun = (text: string, style: CardJson = {}): CardJson => ({
  type: 'TextRun',
  text: plainCardText(text),
  ...style,
});
export const boldRun = (text: string): CardJson => textRun(text, { weight: 'Bolder' });
export const subtleRun = (text: string): CardJson => textRun(text, { isSubtle: true });

/** One line of runs (a RichTextBlock wraps). */
export const richLine = (...inlines: CardJson[]): CardJson => ({ type: 'RichTextBlock', inlines });

/** A bold label. Fixed text only: TextBlocks interpret Markdown. */
export const labelBlock = (label: string): CardJson => ({
  type: 'TextBlock',
  text: label,
  weight: 'Bolder',
  wrap: true,
});

/** A section under a separator line. */
export const cardSection = (items: CardJson[]): CardJson => ({
  type: 'Container',
  separator: true,
  spacing: 'Medium',
  items,
});

/** The card; with a link, one `Action.OpenUrl` (the only action a tab-posted card can use). */
export function adaptiveCard(
  body: CardJson[],
  link: { readonly title: string; readonly url: string } | null,
): CardJson {
  return {
    type: 'AdaptiveCard',
    version: CARD_VERSION,
    body,
    ...(link ? { actions: [{ type: 'Action.OpenUrl', title: link.title, url: link.url }] } : {}),
  };
}
