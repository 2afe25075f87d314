import { describe, expect, it } from 'vitest';
import { emptySourceDraft, sourceFromDraft } from './new-source';

describe('a source added from the form', () => {
  it('makes a valid source with a fresh id, the optional fields only when given', () => {
    const draft = { ...emptySourceDraft(), title: ' Kidal falls ', publisher: 'RFI', date: '2023-11-14' };
    expect(sourceFromDraft(draft, ['rfi-2023-11-14'])).toEqual({
      source: { id: 'rfi-2023-11-14-2', title: 'Kidal falls', publisher: 'RFI', date: '2023-11-14' },
    });
    const full = { ...draft, url: 'https://example.org/a', reported: 'The capture.' };
    expect(sourceFromDraft(full, [])).toMatchObject({
      source: { id: 'rfi-2023-11-14', url: 'https://example.org/a', reported: 'The capture.' },
    });
  });

  it('says what is wrong beside each field', () => {
    expect(sourceFromDraft(emptySourceDraft(), [])).toEqual({
      problems: { title: 'sourceNeedsTitle', publisher: 'sourceNeedsPublisher', date: 'sourceNeedsDate' },
    });
    const bad = { ...emptySourceDraft(), title: 'T', publisher: 'P', date: '14/11/2023', url: 'ftp://x' };
    expect(sourceFromDraft(bad, [])).toEqual({
      problems: { date: 'sourceNeedsDate', url: 'sourceNeedsUrl' },
    });
  });
});
