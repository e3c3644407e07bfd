// Unit tests of the CLI's pure parts; the commands themselves are tested end to end in
// test/e2e/cli.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeServerUrl } from './client.js';
import { CliError } from './errors.js';
import { stateName, table } from './format.js';
import { parseValue } from './plugin-config.js';
import { unseenLines } from './plugin-logs.js';

const line = (message: string, timestamp = '2026-01-01T00:00:00.000Z') => ({ timestamp, level: 'info', message });

describe('cli helpers', () => {
  test('unseenLines: only what a sliding window added since the last poll', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((m) => line(m));
    assert.deepEqual(unseenLines([], [a, b]), [a, b]);
    assert.deepEqual(unseenLines([a, b], [a, b]), []);
    assert.deepEqual(unseenLines([a, b], [a, b, c]), [c]);
    assert.deepEqual(unseenLines([a, b, c], [b, c, d]), [d]); // the window slid by one
    assert.deepEqual(unseenLines([a, a], [a, a, a]), [a]); // repeated lines are still counted
    assert.deepEqual(unseenLines([a, b], [c, d]), [c, d]); // no overlap: all new
    assert.deepEqual(unseenLines([a, b, c], []), []);
  });

  test('parseValue: JSON when it parses, else the text', () => {
    assert.equal(parseValue('5'), 5);
    assert.equal(parseValue('true'), true);
    assert.deepEqual(parseValue('{"a": [1]}'), { a: [1] });
    assert.equal(parseValue('"007"'), '007');
    assert.equal(parseValue('hello world'), 'hello world');
    assert.equal(parseValue('{broken'), '{broken');
  });

  test('table pads every column but the last; stateName names Mattermost states', () => {
    assert.equal(table(['ID', 'STATE'], [['a.long.id', 'Running'], ['b', 'FailedToStart']]), 'ID         STATE\na.long.id  Running\nb          FailedToStart\n');
    assert.equal(table(['A', 'ERROR'], [['x', '']]), 'A  ERROR\nx\n');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 9].map(stateName), ['NotRunning', 'Starting', 'Running', 'FailedToStart', 'FailedToStayRunning', 'Stopping', 'Unknown(9)']);
  });

  test('normalizeServerUrl: one spelling per server; only http(s)', () => {
    for (const url of ['http://h:8065', 'http://h:8065/', 'http://h:8065/api/v4', 'http://h:8065/api/v4/']) assert.equal(normalizeServerUrl(url), 'http://h:8065');
    assert.throws(() => normalizeServerUrl('localhost:8065'), CliError);
    assert.throws(() => normalizeServerUrl('ftp://h'), CliError);
    assert.throws(() => normalizeServerUrl('not a url'), CliError);
  });
});
