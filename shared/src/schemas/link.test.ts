import { describe, expect, it } from 'vitest';
import { linkSchema } from './link';
import { offerSchema } from './offer';
import { createResourceSchema } from './reporting';

const HOSTILE = [
  'javascript:alert(document.cookie)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/x',
];

describe('links', () => {
  it('accepts http, https and mailto', () => {
    for (const url of ['https://example.org/leadership', 'http://intranet.nhs.uk', 'mailto:academy@example.org'])
      expect(linkSchema.parse(url)).toBe(url);
  });

  it('refuses every other scheme, in the offer form and import (one schema) and the resource form', () => {
    const offer = { code: 'O1', title: 'T', provider: 'P', scope: 'NE', tier: 1, stages: ['core'] };
    const resource = { title: 'R', localityCode: 'NE' };
    for (const url of HOSTILE) {
      expect(linkSchema.safeParse(url).success, url).toBe(false);
      expect(offerSchema.safeParse({ ...offer, url }).error?.issues[0]?.path, url).toEqual(['url']);
      expect(createResourceSchema.safeParse({ ...resource, url }).error?.issues[0]?.path, url).toEqual(['url']);
    }
    expect(offerSchema.parse({ ...offer, url: 'https://example.org' }).url).toBe('https://example.org');
  });
});
