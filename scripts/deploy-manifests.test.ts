import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseExportArgs } from './export-args.mjs';
import { parseJoinArgs } from './export-join.mjs';

const ROOT = join(import.meta.dirname, '..');
// A lint without kubectl: parse the manifests and check what the export depends on.
const docs = (file: string) =>
  parseAllDocuments(readFileSync(join(ROOT, 'deploy', 'kubernetes', file), 'utf8')).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS();
  });

describe('deploy/kubernetes/export-job.yaml', () => {
  const all = docs('export-job.yaml');
  const job = all.find((d) => d.kind === 'Job');
  const pvc = all.find((d) => d.kind === 'PersistentVolumeClaim');
  const pod = job.spec.template.spec;
  const container = pod.containers[0];

  it('is an Indexed Job whose completions are the N of --segment auto/N', () => {
    expect(job.apiVersion).toBe('batch/v1');
    expect(job.spec.completionMode).toBe('Indexed');
    const args: string[] = container.args;
    const segment = args[args.indexOf('--segment') + 1];
    expect(segment).toMatch(/^auto\/\d+$/);
    expect(job.spec.completions).toBe(Number(segment!.split('/')[1]));
    expect(job.spec.parallelism).toBeGreaterThanOrEqual(1);
    expect(job.spec.parallelism).toBeLessThanOrEqual(job.spec.completions);
    expect(['Never', 'OnFailure']).toContain(pod.restartPolicy);
  });

  it('passes arguments the export CLI takes, for every index', () => {
    for (let i = 0; i < job.spec.completions; i++) {
      const args = parseExportArgs(container.args, { JOB_COMPLETION_INDEX: String(i) });
      expect(args.segment).toEqual({ index: i, count: job.spec.completions });
      expect(args.out).not.toContain('{i}');
    }
  });

  it('writes the segments to the shared volume (a ReadWriteMany claim)', () => {
    const out: string = container.args[container.args.indexOf('--out') + 1];
    const mount = container.volumeMounts.find((m: { mountPath: string }) =>
      out.startsWith(`${m.mountPath}/`),
    );
    expect(mount).toBeDefined();
    const volume = pod.volumes.find((v: { name: string }) => v.name === mount.name);
    expect(volume.persistentVolumeClaim.claimName).toBe(pvc.metadata.name);
    expect(pvc.spec.accessModes).toContain('ReadWriteMany');
    // Chromium's shared memory, larger than a container's default.
    expect(container.volumeMounts.some((m: { mountPath: string }) => m.mountPath === '/dev/shm')).toBe(true);
  });

  it('joins from the same volume what the export wrote', () => {
    const [joinJob] = docs('export-join.yaml');
    const joinPod = joinJob.spec.template.spec;
    expect(joinPod.volumes[0].persistentVolumeClaim.claimName).toBe(pvc.metadata.name);
    const argv: string[] = joinPod.containers[0].args[0].split(' ').slice(2);
    const parsed = parseJoinArgs(argv);
    const out: string = container.args[container.args.indexOf('--out') + 1];
    expect(parsed.files).toEqual([out.replace('{i}', '*')]);
    expect(parsed.out.startsWith(joinPod.containers[0].volumeMounts[0].mountPath)).toBe(true);
    expect(joinPod.containers[0].image).toBe(container.image);
  });
});

describe('Dockerfile', () => {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  it('is Node 20 on Debian with Debian’s Chromium, the built app, and the export CLI as entrypoint', () => {
    expect(text).toMatch(/^FROM node:20-(bookworm|bullseye|trixie)/m);
    expect(text).toMatch(/apt-get install[^\n]*chromium/);
    expect(text).toMatch(/^RUN npm run build$/m);
    expect(text).toMatch(/^ENTRYPOINT \["node", "scripts\/export-cli\.mjs"\]$/m);
    expect(text).toMatch(/SANDTABLE_EXPORT_NO_BUILD=1/);
  });
});
