import { makeStyles, tokens } from '@fluentui/react-components';

/** The role cell's trigger, shared by the real popover trigger and its stand-in so both look alike. */
export const useRoleTriggerStyles = makeStyles({
  trigger: {
    width: '100%',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  text: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  none: { color: tokens.colorNeutralForeground3 },
});
