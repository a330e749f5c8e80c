import { describe, expect, it } from 'vitest';
import { roleChangedNotice, roleNote } from '../../src/account/roleNotices';

describe('what someone whose role changed while typing reads', () => {
  it('says what they can do now, in a sentence', () => {
    expect(roleChangedNotice('Viewer')).toBe('A lead changed your role to viewer: you can read the text and follow the changes, but no longer change it.');
    expect(roleChangedNotice('Commenter')).toMatch(/what you type now becomes a suggestion\.$/);
    expect(roleChangedNotice('Editor')).toMatch(/you can edit the text directly again\.$/);
    expect(roleChangedNotice(null)).toMatch(/^A lead removed you from this statement/);
  });

  it('has no note for those who may edit', () => {
    expect(roleNote('Editor')).toBe('');
    expect(roleNote('Viewer')).toMatch(/does not allow editing\.$/);
  });
});
