import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../database/test-support/test-database.js';
import { EmbeddedEngine } from '../engine/embedded/embedded-engine.js';
import { deployProcesses } from './deploy-processes.js';

const shipped = fs.readFileSync(path.resolve(import.meta.dirname, '../processes/feedback.bpmn'), 'utf8');

describe('deployProcesses at start-up', () => {
  let database: TestDatabase;
  let engine: EmbeddedEngine;
  let directory: string;
  const logger = pino({ level: 'silent' });
  const versions = async () => (await engine.listProcessDefinitions('feedback')).map((definition) => definition.version);
  const latestXml = async () => {
    const definitions = await engine.listProcessDefinitions('feedback');
    return engine.getProcessDefinitionXml(definitions.at(-1)!.processDefinitionKey);
  };

  before(async () => {
    database = await createTestDatabase();
    engine = await EmbeddedEngine.create({ db: database.db, logger, realTime: false });
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-processes-'));
    fs.writeFileSync(path.join(directory, 'feedback.bpmn'), shipped);
  });
  after(async () => {
    await engine.stop();
    await database.dispose();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('given a first start, when the folder is deployed, then its model is version 1', async () => {
    await deployProcesses(engine, directory, logger);
    assert.deepEqual(await versions(), [1]);
  });

  it('given a designer deployed version 2 since, when the server restarts, then the shipped file does not come back as version 3', async () => {
    const edited = shipped.replace('name="Feedback on a resolved ticket"', 'name="Feedback (edited in the designer)"');
    assert.notEqual(edited, shipped);
    await engine.deploy([{ name: 'feedback.bpmn', content: edited }], { actor: '7' });
    await deployProcesses(engine, directory, logger);
    assert.deepEqual(await versions(), [1, 2]);
    assert.equal(await latestXml(), edited);
  });

  it('given a release that changed the file, when the server restarts, then the new file becomes the latest version', async () => {
    const released = shipped.replace('name="Feedback on a resolved ticket"', 'name="Feedback (next release)"');
    fs.writeFileSync(path.join(directory, 'feedback.bpmn'), released);
    await deployProcesses(engine, directory, logger);
    assert.deepEqual(await versions(), [1, 2, 3]);
    assert.equal(await latestXml(), released);
  });
});
