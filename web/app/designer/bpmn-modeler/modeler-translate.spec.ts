import { modelerTranslate } from './modeler-translate';

describe('modelerTranslate', () => {
  let language: 'fa' | 'en' = 'fa';
  const persian: Readonly<Record<string, string>> = { 'Create task': 'ساختن وظیفه', 'Append {type}': 'افزودن {type}' };
  const translate = modelerTranslate(() => (language === 'fa' ? persian : {}));
  beforeEach(() => (language = 'fa'));

  it('given a text of the table, when translated, then the table’s words come', () => {
    expect(translate('Create task')).toBe('ساختن وظیفه');
  });

  it('given a text the table lacks, when translated, then it stays English with its placeholders filled', () => {
    expect(translate('Element {element} is not allowed', { element: 'Task_1' })).toBe('Element Task_1 is not allowed');
  });

  it('given a placeholder without a value, or a name of Object’s prototype, when translated, then it is left as written', () => {
    expect(translate('Append {type}')).toBe('افزودن {type}');
    expect(translate('toString')).toBe('toString');
    expect(translate('{constructor}', {})).toBe('{constructor}');
  });

  it('given the language switched to English, when translated again, then the English text comes', () => {
    language = 'en';
    expect(translate('Create task')).toBe('Create task');
  });
});
