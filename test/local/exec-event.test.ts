import { describe, expect, it } from 'vitest';
import { execEvent } from '../../local/exec-event.ts';

describe('execEvent', () => {
  it('should put a form post’s fields in e.parameter(s) after the query string’s, as Google does', () => {
    const contents = 'survey=KEY&trust=4&comments=%3Dcmd+%26+more&trust=5';
    const event = execEvent(new URL('http://127.0.0.1:1/exec?survey=FROM_URL'), {
      contents,
      type: 'application/x-www-form-urlencoded',
    });
    expect(event.parameter).toEqual({ survey: 'FROM_URL', trust: '4', comments: '=cmd & more' });
    expect(event.parameters).toMatchObject({ survey: ['FROM_URL', 'KEY'], trust: ['4', '5'] });
    expect(event.postData).toMatchObject({ contents, type: 'application/x-www-form-urlencoded' });
  });

  it('should leave a Clipper post’s JSON body out of e.parameter', () => {
    const event = execEvent(new URL('http://127.0.0.1:1/exec'), { contents: '{"v":1}', type: 'text/plain' });
    expect(event.parameter).toEqual({});
  });
});
