import { describe, expect, it } from 'vitest';
import { formFieldOfPath, initialClusterValues, validateClusterForm, type ClusterFormValues, type EditedCluster } from './cluster-form';

const filled: ClusterFormValues = {
  ...initialClusterValues(null),
  name: '  Cụm công nghiệp Nghi Phong ',
  communeCode: '16681',
  communeName: 'Xã Nghi Phong',
  plannedAreaHa: 50.5,
};

const existing: EditedCluster = {
  name: 'CCN A',
  code: 'CCN-40-001',
  communeCode: '16681',
  communeName: 'Xã A',
  type: 'general',
  plannedAreaHa: 40,
  location: {
    type: 'Polygon',
    coordinates: [
      [
        [105, 19],
        [105.1, 19],
        [105.1, 19.1],
        [105, 19],
      ],
    ],
  },
  notes: null,
};

describe('validateClusterForm', () => {
  it('refuses an empty form with a reason per required field', () => {
    const result = validateClusterForm(initialClusterValues(null));
    expect(result.errors).toEqual({
      name: 'nameRequired',
      communeCode: 'communeCodeFormat',
      communeName: 'communeNameRequired',
      plannedAreaHa: 'areaRequired',
    });
  });

  it('builds the body as the server takes it: trimmed texts, upper-case code, no point', () => {
    const result = validateClusterForm({ ...filled, code: 'ccn-40-099', notes: ' ' });
    expect(result).toEqual({
      ok: true,
      errors: {},
      body: {
        name: 'Cụm công nghiệp Nghi Phong',
        code: 'CCN-40-099',
        communeCode: '16681',
        communeName: 'Xã Nghi Phong',
        type: 'general',
        plannedAreaHa: 50.5,
        notes: null,
        location: null,
      },
    });
  });

  it('checks the limits of the server schema', () => {
    const result = validateClusterForm({
      ...filled,
      name: 'x'.repeat(301),
      code: 'C1',
      communeCode: '1668',
      plannedAreaHa: 100_001,
      longitude: 100,
      latitude: 19,
      notes: 'y'.repeat(2001),
    });
    expect(result.errors).toEqual({
      name: 'nameTooLong',
      code: 'codeFormat',
      communeCode: 'communeCodeFormat',
      plannedAreaHa: 'areaRange',
      longitude: 'longitudeRange',
      notes: 'notesTooLong',
    });
    expect(validateClusterForm({ ...filled, plannedAreaHa: -1 }).errors).toEqual({ plannedAreaHa: 'areaRange' });
  });

  it('wants both coordinates of a point or neither', () => {
    expect(validateClusterForm({ ...filled, latitude: 19 }).errors).toEqual({ longitude: 'pointIncomplete' });
    const point = validateClusterForm({ ...filled, longitude: 105.6, latitude: 18.9 });
    expect(point.ok && point.body.location).toEqual({ type: 'Point', coordinates: [105.6, 18.9] });
  });

  it('keeps an existing polygon, never sends the code, and clears a point that was removed', () => {
    const values = { ...initialClusterValues(existing), code: 'anything' };
    const kept = validateClusterForm(values, existing);
    expect(kept.ok && 'location' in kept.body).toBe(false);
    expect(kept.ok && 'code' in kept.body).toBe(false);
    const withPoint: EditedCluster = { ...existing, location: { type: 'Point', coordinates: [105, 19] } };
    expect(initialClusterValues(withPoint)).toMatchObject({ longitude: 105, latitude: 19 });
    const cleared = validateClusterForm({ ...initialClusterValues(withPoint), longitude: '', latitude: '' }, withPoint);
    expect(cleared.ok && cleared.body.location).toBeNull();
  });
});

describe('formFieldOfPath', () => {
  it('maps the paths of a server refusal to the form fields', () => {
    expect(formFieldOfPath('body.name')).toBe('name');
    expect(formFieldOfPath('communeCode')).toBe('communeCode');
    expect(formFieldOfPath('location.coordinates.1')).toBe('latitude');
    expect(formFieldOfPath('location.coordinates.0')).toBe('longitude');
    expect(formFieldOfPath('demo')).toBeNull();
  });
});
