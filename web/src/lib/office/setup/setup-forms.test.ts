import { describe, expect, it } from 'vitest';
import { choiceToValues, valuesToChoice } from './ruleset-form';
import { monthWeeks, shiftMonth, toggleDay } from './working-month';

const NOTES = { makeup: '调休上班', holiday: '节假日' };

describe('the set-up page’s ruleset form', () => {
  it('sends no override as the base’s name, and each filled field as an override', () => {
    expect(valuesToChoice({ extends: 'nvbp-7', spreadMultiple: ' ', dualEnvelope: '' })).toEqual({
      ok: true,
      choice: 'nvbp-7',
    });
    expect(
      valuesToChoice({
        extends: 'nvbp-11',
        spreadMultiple: '1.1',
        creditExcludedFrom: '4',
        brandRouting: 'false',
        other: '{"absFloor": {"oral-solid": "0.1"}, "spreadMultiple": "9"}',
      }),
    ).toEqual({
      ok: true,
      choice: {
        extends: 'nvbp-11',
        absFloor: { 'oral-solid': '0.1' },
        spreadMultiple: '1.1',
        creditExcludedFrom: 4,
        brandRouting: false,
      },
    });
  });

  it('names the fields it cannot read: JSON that is no object, a credit rank that is no whole number', () => {
    expect(valuesToChoice({ extends: 'nvbp-7', other: '[1]', creditExcludedFrom: '2.5' })).toEqual({
      ok: false,
      fields: { other: 'json', creditExcludedFrom: 'integer' },
    });
    expect(valuesToChoice({ extends: 'nvbp-7', other: '{oops' })).toEqual({
      ok: false,
      fields: { other: 'json' },
    });
  });

  it('shows a stored choice back: its fields, and what has no field as JSON', () => {
    expect(choiceToValues('gd-alliance')).toEqual({ extends: 'gd-alliance' });
    const values = choiceToValues({
      extends: 'nvbp-7',
      spreadMultiple: '1.1',
      regionPicking: true,
      ladders: { a: 1 },
    });
    expect(values).toMatchObject({ extends: 'nvbp-7', spreadMultiple: '1.1', regionPicking: 'true' });
    expect(JSON.parse(values.other ?? '')).toEqual({ ladders: { a: 1 } });
    expect(valuesToChoice(values)).toEqual({
      ok: true,
      choice: { extends: 'nvbp-7', ladders: { a: 1 }, spreadMultiple: '1.1', regionPicking: true },
    });
  });
});

describe('the set-up page’s working-day month', () => {
  it('lays the month out Monday first, weekends off, the exceptions marked', () => {
    // January 2027 starts on a Friday
    const weeks = monthWeeks('2027-01', [
      { day: '2027-01-01', kind: 'holiday', note: '元旦' },
      { day: '2027-01-23', kind: 'workday', note: '调休' },
    ]);
    expect(weeks[0]?.slice(0, 4)).toEqual([null, null, null, null]);
    expect(weeks[0]?.slice(4).map((d) => d?.kind)).toEqual(['holiday', 'weekend', 'weekend']);
    expect(weeks.flat().find((d) => d?.day === '2027-01-23')?.kind).toBe('makeup');
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('makes a weekend a 调休 working day, a weekday a holiday, and an exception ordinary again', () => {
    expect(toggleDay([], '2027-01-23', NOTES)).toEqual({
      days: [{ day: '2027-01-23', kind: 'workday', note: '调休上班' }],
      becomes: 'makeup',
    });
    expect(toggleDay([], '2027-01-22', NOTES).becomes).toBe('holiday');
    expect(toggleDay([{ day: '2027-01-22', kind: 'holiday', note: '' }], '2027-01-22', NOTES)).toEqual({
      days: [],
      becomes: 'working',
    });
  });

  it('steps across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });
});
