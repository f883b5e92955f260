import { createPortal } from 'react-dom';
import { makeStaticStyles } from '@fluentui/react-components';
import { type Engagement } from '../../../domain/engagement/engagement';
import { engagementTitle } from '../../../domain/engagement/profile';
import { activeRows, ownerOf } from '../../../domain/matrix/function-row';
import { matrixVersion } from '../../../domain/matrix/matrix-version';
import { describeRole, OWNER_LABELS } from '../../../domain/matrix/roles';

/**
 * Print only this view, black on white whatever the theme, as a contract appendix: repeated table
 * header on every page, no row split across pages, landscape A4 margins. On screen it is hidden.
 */
const usePrintStyles = makeStaticStyles(`
@media screen { .tandem-print { display: none; } }
@media print {
  @page { size: A4 landscape; margin: 14mm 12mm; }
  /* Only while the print view is on the page: static styles stay once inserted, and an unscoped
     rule here blanked every later print (the quarterly review's) until a reload. */
  html:has(> body > .tandem-print), body:has(> .tandem-print) {
    background: white !important; color: black !important; }
  body:has(> .tandem-print) > :not(.tandem-print) { display: none !important; }
  .tandem-print { display: block; color: black; background: white;
    font: 9.5pt/1.35 "Segoe UI", system-ui, sans-serif; }
  .tandem-print h1 { font-size: 15pt; margin: 0 0 2pt; }
  .tandem-print .tandem-print-meta { margin: 0 0 8pt; }
  .tandem-print table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  .tandem-print thead { display: table-header-group; }
  .tandem-print tr, .tandem-print .tandem-print-sign { break-inside: avoid; page-break-inside: avoid; }
  .tandem-print th, .tandem-print td { border: 0.75pt solid black; padding: 3pt 4pt;
    text-align: left; vertical-align: top; overflow-wrap: anywhere; }
  .tandem-print th { font-weight: 600; }
  .tandem-print .tandem-print-sign { display: flex; gap: 24pt; margin-top: 18pt; }
  .tandem-print .tandem-print-sign p { flex: 1; border-top: 0.75pt solid black; padding-top: 3pt; margin: 18pt 0 0; }
}
`);

type Printed = Pick<Engagement, 'profile' | 'rows' | 'changeLog'>;

interface Props {
  readonly engagement: Printed;
  readonly today: string;
}

/**
 * Every active row of the matrix as a plain table, in a portal on <body> so the print stylesheet can
 * hide everything else. Rendered only while printing (usePrintMode): 5,000 rows stay out of the DOM
 * the rest of the time.
 */
export function PrintMatrix({ engagement, today }: Props) {
  usePrintStyles();
  const rows = activeRows(engagement.rows);
  const { internalLead, mspLead } = engagement.profile;
  return createPortal(
    <div className="tandem-print" data-testid="print-matrix">
      <h1>Responsibility matrix — {engagementTitle(engagement.profile)}</h1>
      <p className="tandem-print-meta">
        {matrixVersion(engagement.changeLog)} · printed {today} · {rows.length} active functions
      </p>
      <table>
        <colgroup>
          <col style={{ width: '4%' }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '8%' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Function</th>
            <th scope="col">Category</th>
            <th scope="col">Internal</th>
            <th scope="col">MSP</th>
            <th scope="col">Owner</th>
            <th scope="col">Tie-breaker</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              <td>{index + 1}</td>
              <td>{row.name}</td>
              <td>{row.category}</td>
              <td>{describeRole(row.internal)}</td>
              <td>{describeRole(row.msp)}</td>
              <td>{OWNER_LABELS[ownerOf(row)]}</td>
              <td>{row.tieBreaker ? OWNER_LABELS[row.tieBreaker] : ''}</td>
              <td>{row.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="tandem-print-sign">
        <p>Internal lead: {internalLead.name || '—'} — signature and date</p>
        <p>MSP lead: {mspLead.name || '—'} — signature and date</p>
      </div>
    </div>,
    document.body,
  );
}
