import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { datePrecision } from './calendar';
import { buildChronology, compareDates, eventText, latestStopDay, onMapAsOf, placeEvents, statusAsOf, stopIndex, timelineStops, untilDay } from './chronology';

const atlas = buildAtlas();
const events = buildChronology(atlas);
const place = (id: string) => atlas.features.find((f) => f.id === id)!.properties;

describe('the chronology', () => {
  it('says an event once: no "Drone strike on Nakhchivan airport — Drone strike"', () => {
    expect(eventText({ placeName: 'Drone strike on Nakhchivan airport', label: 'Drone strike' })).toBe('Drone strike on Nakhchivan airport');
    expect(eventText({ placeName: 'Aras corridor', label: 'Ground broken on the Aghband bridge' })).toBe('Aras corridor — Ground broken on the Aghband bridge');
    const strike = events.find((e) => e.placeId === 'nakhchivan-drone-strike' && e.label === 'Drone strike')!;
    expect(eventText(strike)).toBe(strike.placeName);
  });

  it('holds every dated fact of every place, once, each with a real date and its precision', () => {
    const facts = atlas.features.flatMap((f) => f.properties.dates);
    expect(events).toHaveLength(facts.length);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      expect(e.precision).toBe(datePrecision(e.date));
      expect(e.start <= e.end).toBe(true);
    }
  });

  it('is in order of the day each fact had certainly happened: a month or year date after that period’s days', () => {
    for (let i = 1; i < events.length; i += 1) expect(events[i - 1]!.end <= events[i]!.end).toBe(true);
    expect(compareDates('2023-10', '2023-10-06')).toBeGreaterThan(0);
    expect(compareDates('2023-10-31', '2023-10')).toBeLessThan(0);
    expect(compareDates('2006', '2006-12')).toBeGreaterThan(0);
    expect(compareDates('2023-09-30', '2023-10')).toBeLessThan(0);
  });

  it('links an event to a passage of its own place that names its year, and to none otherwise', () => {
    for (const e of events) {
      if (!e.passage) continue;
      const passage = place(e.placeId).passages.find((p) => p.id === e.passage!.id);
      expect(passage, e.id).toBeDefined();
      expect(passage!.text).toContain(e.date.slice(0, 4));
    }
    expect(events.filter((e) => e.passage).length).toBeGreaterThan(10);
  });

  it('gives the panel a place’s dates in the same order as the timeline', () => {
    const karabakh = placeEvents(place('karabakh'));
    expect(karabakh.map((e) => e.date)).toEqual(events.filter((e) => e.placeId === 'karabakh').map((e) => e.date));
  });
});

describe('the map as of a date', () => {
  const shownAt = (until: string | null) => atlas.features.filter((f) => onMapAsOf(f.properties.since, until)).map((f) => f.id);

  it('at the end of 2022 shows Karabakh but neither TRIPP nor the 2026 drone strike', () => {
    const shown = shownAt('2022-12-31');
    expect(shown).toContain('karabakh');
    expect(shown).not.toContain('tripp-route');
    expect(shown).not.toContain('nakhchivan-drone-strike');
  });

  it('shows a place from its first dated fact, to the day, and places without dates always', () => {
    expect(shownAt('2025-08-07')).not.toContain('tripp-route');
    expect(shownAt('2025-08-08')).toContain('tripp-route');
    expect(shownAt('2026-03-04')).not.toContain('nakhchivan-drone-strike');
    expect(shownAt('2026-03-05')).toContain('nakhchivan-drone-strike');
    expect(shownAt('1000')).toEqual(atlas.features.filter((f) => f.properties.dates.length === 0).map((f) => f.id));
    expect(shownAt(null)).toHaveLength(atlas.features.length);
  });

  it('honours precision: a year or month date counts once that period is over', () => {
    // The South Caucasus pipeline's first fact is "2006" (operational, late 2006).
    expect(place('south-caucasus-pipeline').since).toBe('2006-12-31');
    expect(shownAt('2006-12-30')).not.toContain('south-caucasus-pipeline');
    expect(shownAt('2006')).toContain('south-caucasus-pipeline');
    expect(shownAt('2006-12')).toContain('south-caucasus-pipeline');
  });

  it('gives a route its status as of the date', () => {
    const aras = place('aras-corridor').statusHistory;
    expect(statusAsOf(aras, '2022-03-10')).toBeNull();
    expect(statusAsOf(aras, '2022-03-11')).toBe('planned');
    expect(statusAsOf(aras, '2023-10-05')).toBe('planned');
    expect(statusAsOf(aras, '2023-10-06')).toBe('under-construction');
    expect(statusAsOf(aras, null)).toBe('under-construction');
    const btc = place('btc-pipeline').statusHistory;
    expect(statusAsOf(btc, '2002')).toBe('under-construction');
    expect(statusAsOf(btc, '2004-12-31')).toBe('under-construction');
    expect(statusAsOf(btc, '2005-06')).toBe('operating');
    // A route without a recorded change has its one status from its first fact.
    expect(place('tripp-route').statusHistory).toEqual([{ from: '2025-08-08', status: 'planned' }]);
  });
});

describe('the date control’s stops', () => {
  const stops = timelineStops(events);

  it('stop once per day on which something appears, in order', () => {
    expect(new Set(stops).size).toBe(stops.length);
    expect(stops[0]).toBe(events[0]!.date);
    expect(stops.at(-1)).toBe(events.at(-1)!.date);
  });

  it('find the last stop on the map at any date', () => {
    expect(stopIndex(stops, '1000')).toBe(-1);
    expect(stops[stopIndex(stops, '2022-12-31')]! <= '2022-12-31').toBe(true);
    expect(stopIndex(stops, stops[5]!)).toBe(5);
  });

  it('say the day of the last stop at a date: none for today or before every stop', () => {
    expect(latestStopDay(stops, null)).toBeNull();
    expect(latestStopDay(stops, '1000')).toBeNull();
    expect(latestStopDay(stops, stops[5]!)).toBe(untilDay(stops[5]!));
    expect(latestStopDay(stops, '2022-12-31')! <= '2022-12-31').toBe(true);
  });
});
