import { tokens } from '@fluentui/react-components';

/**
 * The Adaptive Cards host config of the local preview, in Fluent's design tokens. The library
 * writes colours into inline styles as given (only `#AARRGGBB` is converted), so CSS variables
 * pass through and the preview follows the Fluent theme it sits in: light, dark or high contrast,
 * as the card would in Teams.
 */
const text = (color: string, subtle: string) => ({ default: color, subtle });

const foregroundColors = {
  default: text(tokens.colorNeutralForeground1, tokens.colorNeutralForeground3),
  dark: text(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
  light: text(tokens.colorNeutralForegroundInverted, tokens.colorNeutralForeground4),
  accent: text(tokens.colorBrandForeground1, tokens.colorBrandForeground2),
  good: text(tokens.colorStatusSuccessForeground1, tokens.colorStatusSuccessForeground1),
  warning: text(tokens.colorStatusWarningForeground1, tokens.colorStatusWarningForeground1),
  attention: text(tokens.colorStatusDangerForeground1, tokens.colorStatusDangerForeground1),
};

export const CARD_HOST_CONFIG = {
  fontFamily: tokens.fontFamilyBase,
  supportsInteractivity: true,
  containerStyles: {
    default: { backgroundColor: tokens.colorNeutralBackground1, foregroundColors },
    emphasis: { backgroundColor: tokens.colorNeutralBackground3, foregroundColors },
    accent: { backgroundColor: tokens.colorBrandBackground2, foregroundColors },
    good: { backgroundColor: tokens.colorStatusSuccessBackground1, foregroundColors },
    attention: { backgroundColor: tokens.colorStatusDangerBackground1, foregroundColors },
    warning: { backgroundColor: tokens.colorStatusWarningBackground1, foregroundColors },
  },
} as const;
