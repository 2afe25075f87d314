// The compare view's components, loaded when a comparison is first shown (issue #24): the map alone does not
// need them, and the startup bundle stays within its budget.
export { default as CompareStage } from './CompareStage.svelte';
export { default as ComparePanel } from './ComparePanel.svelte';
