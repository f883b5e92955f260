import { makeStyles, tokens } from '@fluentui/react-components';

/** The matrix's columns, in order. Header and rows share the widths below so they line up. */
export const COLUMNS = [
  { id: 'name', label: 'Function' },
  { id: 'category', label: 'Category' },
  { id: 'internal', label: 'Internal IT role' },
  { id: 'msp', label: 'MSP role' },
  { id: 'owner', label: 'Owner' },
  { id: 'tieBreaker', label: 'Tie-breaker' },
  { id: 'notes', label: 'Notes' },
  { id: 'actions', label: 'Actions' },
] as const;

export type ColumnId = (typeof COLUMNS)[number]['id'];

/** Fixed heights keep the virtualiser exact without measuring each row. */
export const ROW_HEIGHT = 72;
export const HEADER_HEIGHT = 44;

const cell = {
  minWidth: '0px',
  paddingLeft: tokens.spacingHorizontalS,
  paddingRight: tokens.spacingHorizontalS,
};

export const useColumnStyles = makeStyles<ColumnId>({
  name: { ...cell, flex: '3 1 0px', minWidth: '220px' },
  category: { ...cell, flex: '1.2 1 0px', minWidth: '130px' },
  internal: { ...cell, flex: '1.5 1 0px', minWidth: '150px' },
  msp: { ...cell, flex: '1.5 1 0px', minWidth: '150px' },
  owner: { ...cell, flex: '1 1 0px', minWidth: '110px' },
  tieBreaker: { ...cell, flex: '1.2 1 0px', minWidth: '130px' },
  notes: { ...cell, flex: '2 1 0px', minWidth: '160px' },
  actions: { ...cell, flex: '0 0 64px', justifyContent: 'center' },
});

/** Wide enough for every column's minimum; narrower panes scroll sideways. */
export const TABLE_MIN_WIDTH = '1180px';
