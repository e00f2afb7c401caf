import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { platformTarget } from './platform-version.js';

const known = ['camunda-cloud-8-5', 'camunda-cloud-8-6', 'camunda-cloud-8-7', 'camunda-cloud-8-8', 'camunda-platform-7-22'];

describe('platformTarget', () => {
  it('given the version a model declares, when it is 8.6 or newer and known, then the model is checked against it', () => {
    assert.deepEqual(platformTarget('Camunda Cloud', '8.7.2', known), { version: '8.7', configName: 'camunda-cloud-8-7', foreignPlatform: undefined });
  });

  it('given an older version or none, when checked, then 8.6 is the floor', () => {
    assert.equal(platformTarget('Camunda Cloud', '8.2.0', known).version, '8.6');
    assert.equal(platformTarget(undefined, undefined, known).configName, 'camunda-cloud-8-6');
  });

  it('given a version newer than the rules know, when checked, then the newest known rules apply', () => {
    assert.equal(platformTarget('Camunda Cloud', '9.1.0', known).configName, 'camunda-cloud-8-8');
  });

  it('given a Camunda 7 model, when checked, then its platform is reported as foreign', () => {
    assert.equal(platformTarget('Camunda Platform', '7.22.0', known).foreignPlatform, 'Camunda Platform');
  });
});
