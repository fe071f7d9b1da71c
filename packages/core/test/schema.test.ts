import './support/safety-guard.js';
import { expect } from '@open-wc/testing';
import {
  boolean,
  either,
  integer,
  list,
  object,
  record,
  text,
  toJsonSchema,
  validate,
} from '../src/schema/index.js';

const root = { name: 'The file', kind: 'file' };

describe('schema language: either', () => {
  const interpreters = either(
    [integer('How many.', { minimum: 1 }), boolean('Unknown number.')],
    'Interpreters.',
  );

  it('accepts a value of any of its shapes, and names them all when none fits', () => {
    expect(validate(interpreters, 200, root)).to.deep.equal([]);
    expect(validate(interpreters, true, root)).to.deep.equal([]);
    expect(validate(interpreters, 'many', root)).to.deep.equal([
      {
        path: [],
        message: 'The file should be a whole number or true or false, but is "many"',
        level: 'error',
      },
    ]);
  });

  it('is anyOf in the JSON Schema', () => {
    expect(toJsonSchema(interpreters)).to.deep.equal({
      description: 'Interpreters.',
      anyOf: [
        { type: 'integer', description: 'How many.', minimum: 1 },
        { type: 'boolean', description: 'Unknown number.' },
      ],
    });
  });
});

describe('schema language: a record with a validator of its own', () => {
  const shape = object('A line.', { name: text('Its name.') }, { name: 'its name' });
  const line = record('A line.', shape, (value) =>
    value['name'] === 'bad' ? [{ path: ['name'], message: 'is bad' }] : [],
  );
  const file = object('The file.', { lines: list(line, 'Lines.', { itemized: true }) });

  it('runs the validator and puts its paths under the record', () => {
    expect(validate(file, { lines: [{ name: 'ok' }, { name: 'bad' }] }, root)).to.deep.equal([
      { path: ['lines', 1, 'name'], message: 'lines[1].name: is bad', level: 'error' },
    ]);
    expect(validate(file, { lines: ['x'] }, root)[0]!.path).to.deep.equal(['lines', 0]);
  });

  it('is described by its shape in the JSON Schema', () => {
    expect(toJsonSchema(line)).to.deep.equal({
      type: 'object',
      description: 'A line.',
      properties: { name: { type: 'string', description: 'Its name.', maxLength: 2000 } },
      required: ['name'],
      additionalProperties: false,
    });
  });
});
