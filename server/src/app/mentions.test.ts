// Unit tests of who a message mentions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMentions } from './mentions.js';

test('@username in any case, with trailing punctuation', () => {
  const { usernames, channelWide } = parseMentions('Hi @Alice, and @bob. Ask @carol_ or @dave-x!');
  for (const name of ['alice', 'bob', 'carol', 'dave-x']) assert.ok(usernames.has(name), name);
  assert.equal(channelWide, false);
});

test('an @ inside a word (an email address) mentions no one', () => {
  assert.equal(parseMentions('write to alice@example.com').usernames.size, 0);
  assert.equal(parseMentions('no at sign').usernames.size, 0);
});

test('@channel and @all mention the whole channel; @here does not count', () => {
  assert.equal(parseMentions('@channel meeting now').channelWide, true);
  assert.equal(parseMentions('hey @all.').channelWide, true);
  assert.equal(parseMentions('@here anyone?').channelWide, false);
  assert.equal(parseMentions('@channels is a username').channelWide, false);
});
