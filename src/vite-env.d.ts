/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in the single-file build (`vite build --mode single`), a constant the bundler folds away. */
  readonly SANDTABLE_SINGLE_FILE?: boolean;
}
