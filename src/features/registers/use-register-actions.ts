import { useMemo } from 'react';
import type { CommChannel } from '../../domain/registers/channel-register';
import type { Tool } from '../../domain/registers/tool-register';
import { useOpenEngagement } from '../shared/engagement-context';
import { withoutVersion } from '../../ports/engagement-store';
import { useUndoToast } from '../shared/use-undo-toast';

const toolName = (tool: Tool) => `“${tool.name}”`;
const channelName = (channel: CommChannel) => `“${channel.name || channel.kind}”`;

/**
 * Every edit of the tool and channel registers as one saved action. Deleting offers Undo, which
 * stores the record again as it was (under the same id, so links to it keep working).
 */
export function useRegisterActions() {
  const { engagement, save } = useOpenEngagement();
  const showUndo = useUndoToast();

  return useMemo(() => {
    const putTool = (label: string, tool: Tool) =>
      save({
        label,
        intents: [{ kind: 'put', collection: 'tools', record: withoutVersion(tool) }],
      });
    const putChannel = (label: string, channel: CommChannel) =>
      save({
        label,
        intents: [{ kind: 'put', collection: 'channels', record: withoutVersion(channel) }],
      });
    const existingTool = (id: string) => engagement.tools.some((tool) => tool.id === id);

    return {
      saveTool(tool: Tool) {
        putTool(
          existingTool(tool.id) ? `Updated ${toolName(tool)}` : `Added ${toolName(tool)}`,
          tool,
        );
      },
      deleteTool(toolId: string) {
        const tool = engagement.tools.find((candidate) => candidate.id === toolId);
        if (!tool) return;
        save({
          label: `Deleted ${toolName(tool)}`,
          intents: [{ kind: 'delete', collection: 'tools', id: tool.id }],
        });
        showUndo(`Deleted ${toolName(tool)}`, () => putTool(`Restored ${toolName(tool)}`, tool));
      },
      addChannel(channel: CommChannel) {
        putChannel(`Added ${channelName(channel)}`, channel);
      },
      updateChannel(channelId: string, patch: Partial<Pick<CommChannel, 'name' | 'active'>>) {
        const channel = engagement.channels.find((candidate) => candidate.id === channelId);
        if (!channel) return;
        const next = { ...channel, ...patch };
        const label =
          patch.name !== undefined
            ? `Renamed ${channelName(channel)} to ${channelName(next)}`
            : `${next.active ? 'Started using' : 'Stopped using'} ${channelName(channel)}`;
        putChannel(label, next);
      },
      deleteChannel(channelId: string) {
        const channel = engagement.channels.find((candidate) => candidate.id === channelId);
        if (!channel) return;
        save({
          label: `Deleted ${channelName(channel)}`,
          intents: [{ kind: 'delete', collection: 'channels', id: channel.id }],
        });
        showUndo(`Deleted ${channelName(channel)}`, () =>
          putChannel(`Restored ${channelName(channel)}`, channel),
        );
      },
    };
  }, [engagement.tools, engagement.channels, save, showUndo]);
}
