/** The ways the two teams talk (seed: "standups + Slack + ticketing + email + phone = too many"). */
export const CHANNEL_KINDS = [
  'Daily standup',
  'Teams channel',
  'Joint ticketing',
  'E-mail',
  'Phone',
  'Weekly call',
  'Other',
] as const;

export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface CommChannel {
  readonly id: string;
  readonly kind: ChannelKind;
  readonly name: string;
  readonly active: boolean;
}

/** The seed's advice: "Pick two and use them consistently." */
export const MAX_ACTIVE_CHANNELS = 2;
