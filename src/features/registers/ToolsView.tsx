import { useId, useState } from 'react';
import { Body1, Button, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { checkToolingOverlap, checkToolsPastRetirement } from '../../domain/health/health';
import { useOpenEngagement } from '../shared/engagement-context';
import { useServices } from '../shared/services-context';
import type { ViewProps } from '../shared/view-props';
import { RegisterFindings } from '../shared/RegisterFindings';
import { ToolDialog } from './ToolDialog';
import { ToolTable } from './ToolTable';
import { EMPTY_TOOL, fromToolForm, toToolForm } from './tool-form';
import { useRegisterActions } from './use-register-actions';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM },
});

/** Which dialog is open: none, a new tool, or the tool with this id. */
type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; toolId: string };

/**
 * The tools each side runs (seed: "Decide deliberately which to keep, which to replace, and don't
 * run both for years"), with the overlap findings above the table.
 */
export function ToolsView(_props: ViewProps) {
  const styles = useStyles();
  const { engagement } = useOpenEngagement();
  const services = useServices();
  const actions = useRegisterActions();
  const titleId = useId();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const input = { engagement, today: services.today() };
  const findings = [...checkToolingOverlap(input), ...checkToolsPastRetirement(input)];
  const tools = [...engagement.tools].sort(
    (a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name),
  );
  const editedTool =
    editing.mode === 'edit'
      ? engagement.tools.find((tool) => tool.id === editing.toolId)
      : undefined;
  const close = () => setEditing({ mode: 'closed' });

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId}>
        Tools
      </Title2>
      <Body1 as="p">
        Every tool either side runs. Where the internal team already had an RMM or antivirus before
        the MSP arrived, decide which to keep and set a date for the rest.
      </Body1>
      <RegisterFindings findings={findings} label="Tool warnings" />
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          icon={<Add20Regular />}
          onClick={() => setEditing({ mode: 'add' })}
        >
          Add tool
        </Button>
      </div>
      {tools.length === 0 ? (
        <Body1 as="p">No tools recorded yet. Add the tools each side runs today.</Body1>
      ) : (
        <ToolTable
          tools={tools}
          onEdit={(toolId) => setEditing({ mode: 'edit', toolId })}
          onDelete={actions.deleteTool}
          onToggleActive={(toolId, active) => {
            const tool = engagement.tools.find((candidate) => candidate.id === toolId);
            if (tool) actions.saveTool({ ...tool, active });
          }}
        />
      )}
      {editing.mode === 'add' && (
        <ToolDialog
          title="Add a tool"
          submitLabel="Add tool"
          initial={EMPTY_TOOL}
          onCancel={close}
          onSubmit={(values) => {
            actions.saveTool(fromToolForm(values, services.newId()));
            close();
          }}
        />
      )}
      {editedTool && (
        <ToolDialog
          title={`Edit ${editedTool.name}`}
          submitLabel="Save tool"
          initial={toToolForm(editedTool)}
          onCancel={close}
          onSubmit={(values) => {
            actions.saveTool(fromToolForm(values, editedTool.id));
            close();
          }}
        />
      )}
    </section>
  );
}
