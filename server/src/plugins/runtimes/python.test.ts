import assert from 'node:assert/strict';
import { test } from 'node:test';
import { satisfiesPythonVersion } from './python.js';

test('a bare version is a minimum', () => {
  assert.ok(satisfiesPythonVersion('3.11.7', '3.9'));
  assert.ok(satisfiesPythonVersion('3.9.0', '3.9'));
  assert.ok(!satisfiesPythonVersion('3.8.18', '3.9'));
});

test('operators as in pip', () => {
  assert.ok(satisfiesPythonVersion('3.11.7', '>=3.11'));
  assert.ok(!satisfiesPythonVersion('3.10.13', '>=3.11'));
  assert.ok(satisfiesPythonVersion('3.11.7', '==3.11'));
  assert.ok(!satisfiesPythonVersion('3.12.1', '==3.11'));
  assert.ok(satisfiesPythonVersion('3.12.1', '>3.11'));
  assert.ok(!satisfiesPythonVersion('3.11.7', '>3.11'));
  assert.ok(satisfiesPythonVersion('3.13.0', '~=3.10'));
  assert.ok(!satisfiesPythonVersion('4.0.0', '~=3.10'));
});

test('nonsense never matches', () => {
  assert.ok(!satisfiesPythonVersion('3.11.7', 'latest'));
});
