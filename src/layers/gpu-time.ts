// The layers' time on the GPU is the frame module's (frame/gpu-time.ts), where the import worker reaches it too.
export { gpuTime, NEVER } from '../frame/gpu-time';
