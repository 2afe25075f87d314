import type { StringKey } from '../i18n/strings';
import type { Tool } from './editor-session.svelte';

/** The tool buttons in order, each with its one-key shortcut (Select is V, as in most drawing programs). */
export const TOOLS: readonly { tool: Tool; key: string; name: StringKey; hint: StringKey }[] = [
  { tool: 'select', key: 'v', name: 'toolSelect', hint: 'hintSelect' },
  { tool: 'movement', key: 'm', name: 'toolMovement', hint: 'hintLine' },
  { tool: 'place', key: 'p', name: 'toolPlace', hint: 'hintPoint' },
  { tool: 'event', key: 'e', name: 'toolEvent', hint: 'hintPoint' },
  { tool: 'strike', key: 's', name: 'toolStrike', hint: 'hintPoint' },
  { tool: 'area', key: 'a', name: 'toolArea', hint: 'hintArea' },
];

/** What a key press means in the editor, or undefined when it is not the editor's. */
export type EditorKey =
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'tool'; tool: Tool }
  | { kind: 'delete' }
  | { kind: 'deselect' };

export function editorKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): EditorKey | undefined {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey) {
    if (key === 'z') return { kind: e.shiftKey ? 'redo' : 'undo' };
    if (key === 'y' && !e.shiftKey) return { kind: 'redo' };
    return undefined;
  }
  if (e.altKey || e.shiftKey) return undefined;
  if (e.key === 'Delete' || e.key === 'Backspace') return { kind: 'delete' };
  if (e.key === 'Escape') return { kind: 'deselect' };
  const tool = TOOLS.find((t) => t.key === key);
  return tool ? { kind: 'tool', tool: tool.tool } : undefined;
}
