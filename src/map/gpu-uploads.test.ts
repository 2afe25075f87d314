import { describe, expect, it } from 'vitest';
import { onUploads, uploadDone, uploadPending, uploadsPending } from './gpu-uploads';

describe('gpu uploads', () => {
  it('tells listeners when the first upload starts and when the last ends, once each', () => {
    const seen: boolean[] = [];
    const stop = onUploads((busy) => seen.push(busy));
    const a = {};
    const b = {};
    uploadPending(a);
    uploadPending(a);
    uploadPending(b);
    expect(uploadsPending()).toBe(true);
    uploadDone(a);
    expect(uploadsPending()).toBe(true);
    uploadDone(b);
    uploadDone(b);
    expect(uploadsPending()).toBe(false);
    stop();
    uploadPending(a);
    uploadDone(a);
    expect(seen).toEqual([true, false]);
  });
});
