import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A matrix cell shown as a full-width button (role cells, in-place text edits) whose text wraps to
 * two lines: shared by the real controls and their stand-ins so both look alike.
 */
export const useCellTriggerStyles = makeStyles({
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
