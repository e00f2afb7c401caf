import { FormReader, fieldText } from './form-reader';

describe('FormReader', () => {
  const form = new FormReader({ name: '  شبکه ', blank: ' ', minutes: '۴۵', id: '12', none: '', flag: true, roles: ['staff', 'admin'], wrong: 'x' });

  it('given text fields, when read, then they are trimmed and a blank optional one is null', () => {
    expect(form.text('name')).toBe('شبکه');
    expect(form.optionalText('blank')).toBeNull();
    expect(form.text('missing')).toBe('');
  });

  it('given numbers typed in Persian digits or left blank, when read, then they are numbers, null or NaN for the server to refuse', () => {
    expect(form.number('minutes')).toBe(45);
    expect(form.optionalNumber('none')).toBeNull();
    expect(form.number('none')).toBeNaN();
    expect(form.optionalId('id')).toBe(12);
    expect(form.optionalId('none')).toBeNull();
  });

  it('given flags and lists, when read, then mistyped values read as empty', () => {
    expect(form.flag('flag')).toBe(true);
    expect(form.flag('name')).toBe(false);
    expect(form.list('roles')).toEqual(['staff', 'admin']);
    expect(form.ids('wrong')).toEqual([]);
    expect(fieldText(null)).toBe('');
    expect(fieldText(0)).toBe('0');
  });
});
