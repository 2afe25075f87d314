// The layers' time on the GPU is the engine's (engine/gpu-time.ts), where the import worker reaches it too.
export { gpuTime, NEVER } from '../engine/gpu-time';
