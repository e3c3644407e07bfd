import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containsTerm, parseSearchText, parseTerms, wordsOf } from './search.js';

test('words: letters, digits and "_" of any script, lower-cased', () => {
  assert.deepEqual(wordsOf('Hello, WORLD! snake_case x2 Crème-brûlée'), ['hello', 'world', 'snake_case', 'x2', 'crème', 'brûlée']);
  assert.deepEqual(wordsOf('  ...  '), []);
});

test('terms: words, "phrases", prefix*, -excluded, -"excluded phrases"', () => {
  assert.deepEqual(parseTerms('quick "brown fox" jump* -lazy -"old dog" well-known'), {
    include: [
      { words: ['quick'], prefix: false },
      { words: ['brown', 'fox'], prefix: false },
      { words: ['jump'], prefix: true },
      { words: ['well', 'known'], prefix: false },
    ],
    exclude: [
      { words: ['lazy'], prefix: false },
      { words: ['old', 'dog'], prefix: false },
    ],
  });
  assert.deepEqual(parseTerms('"unterminated phrase'), { include: [{ words: ['unterminated', 'phrase'], prefix: false }], exclude: [] });
  assert.deepEqual(parseTerms('- * "" -'), { include: [], exclude: [] }, 'nothing that holds a word is a term');
});

test('a term matches whole words in a row; the last one as a prefix with "*"', () => {
  const words = wordsOf('The quick brown fox jumps over concatenated cats');
  assert.equal(containsTerm(words, { words: ['quick', 'brown'], prefix: false }), true);
  assert.equal(containsTerm(words, { words: ['brown', 'quick'], prefix: false }), false);
  assert.equal(containsTerm(words, { words: ['cat'], prefix: false }), false);
  assert.equal(containsTerm(words, { words: ['cat'], prefix: true }), true);
  assert.equal(containsTerm(words, { words: ['fox', 'jump'], prefix: true }), true);
  assert.equal(containsTerm(words, { words: ['jump', 'over'], prefix: true }), false, 'only the last word is a prefix');
  assert.equal(containsTerm(words, { words: ['cats', 'and'], prefix: false }), false, 'a phrase past the end');
});

test('a search text: from:, in:, on:, after:, before: taken out, the rest kept as typed', () => {
  assert.deepEqual(parseSearchText('deploy from:alice in:town-square "release notes" after:2024-01-31 -draft FROM:@bob before:2024-03-01 on:2024-02-10'), {
    terms: 'deploy "release notes" -draft',
    from_users: ['alice', '@bob'],
    in_channels: ['town-square'],
    after_date: '2024-01-31',
    before_date: '2024-03-01',
    on_date: '2024-02-10',
  });
  assert.equal(parseSearchText('"from:alice" in:').terms, '"from:alice" in:', 'a quoted or empty modifier is a term');
});
