import type { Locator } from 'playwright-core';

/** A date and time on a wall clock, as a person reads it in one time zone (month 1 to 12, hour 0 to 23). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The value a `datetime-local` input holds for a wall time: `YYYY-MM-DDTHH:mm`. */
export function inputValueOf(t: WallTime): string {
  return `${t.year}-${two(t.month)}-${two(t.day)}T${two(t.hour)}:${two(t.minute)}`;
}

/** What the wall clocks of `timeZone` show at `instant`. */
export function wallTimeIn(instant: Date, timeZone: string): WallTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/**
 * Types a date and time into a `datetime-local` control with the keyboard, segment by segment, as a person does.
 * Chromium lays the control out in the browser's own language, not the context's locale; here that is American
 * English (mm/dd/yyyy, hh:mm AM/PM), which the value read back afterwards confirms, so a control laid out otherwise
 * fails here and not in a later assertion about the time.
 */
export async function typeDateTime(field: Locator, t: WallTime): Promise<void> {
  // A control the page has not shown yet takes no focus, and the keys would go nowhere.
  await field.waitFor();
  await field.focus();
  const keyboard = field.page().keyboard;
  // The year takes up to six digits, so the cursor is moved on to the hour by hand.
  await keyboard.type(`${two(t.month)}${two(t.day)}${t.year}`);
  await keyboard.press('ArrowRight');
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  await keyboard.type(`${two(hour12)}${two(t.minute)}${t.hour < 12 ? 'A' : 'P'}`);
  const value = await field.inputValue();
  if (value !== inputValueOf(t)) {
    throw new Error(`Typing ${inputValueOf(t)} into the control gave ${JSON.stringify(value)}: is it laid out other than mm/dd/yyyy, hh:mm AM/PM?`);
  }
}
