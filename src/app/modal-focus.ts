// The modal focus trap lives with the app's own dialogs in editor/ (the editor asks through them too).
export { focusables, modalFocus, type ModalFocusOptions } from '../editor/modal-focus';
