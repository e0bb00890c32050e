import { describe, expect, it } from 'vitest';
import { projectResources } from '../test-support/resources.ts';
import { inferOutlet } from './infer-outlet.ts';

const infer = (text: string, known: string[] = []) => inferOutlet(text, projectResources().outlets, known);

describe('inferOutlet', () => {
  it('reads an agency byline', () => {
    expect(infer('Text.\nBy Danny KEMP, AFP\nComments')).toEqual({ name: 'AFP', basis: "credit line 'By Danny KEMP, AFP'" });
  });

  it('reads a reference line and maps the domain to a known outlet', () => {
    expect(infer('Text.\nReference(s):\ncgtn.com')!.name).toBe('CGTN');
  });

  it('maps an unknown domain to an outlet name the corpus already uses', () => {
    expect(infer('Text.\nReference(s): harborpost.example', ['Harbor Post'])!.name).toBe('Harbor Post');
  });

  it('reads an exclusive formula only when the phrase is an outlet', () => {
    expect(infer('The envoy left, Israel Hayom has learned.')!.name).toBe('Israel Hayom');
    expect(infer('Israel has learned that the envoy left.')).toBeNull();
  });

  it('recognises page furniture only one outlet carries', () => {
    expect(infer('Some text\n3 View gallery\nMore')!.name).toBe('Ynetnews');
  });

  it('returns null when nothing in the text names an outlet', () => {
    expect(infer('Leaders met on Monday.')).toBeNull();
  });
});
