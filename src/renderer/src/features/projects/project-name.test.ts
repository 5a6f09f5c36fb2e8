import { describe, expect, it } from 'vitest';
import { validateProjectName } from './project-name';

const projects = [
  { id: 'a', name: '浙江省2023年报告' },
  { id: 'b', name: 'Pilot coding' },
];

describe('validateProjectName', () => {
  it('wants a name', () => {
    expect(validateProjectName('   ', projects)).toBe('empty');
    expect(validateProjectName('广东省 2022', projects)).toBeNull();
  });

  it('refuses a name another project has, ignoring case and spaces', () => {
    expect(validateProjectName(' pilot CODING ', projects)).toBe('taken');
    expect(validateProjectName('浙江省2023年报告', projects)).toBe('taken');
  });

  it('lets a project keep its own name when renamed', () => {
    expect(validateProjectName('Pilot coding', projects, 'b')).toBeNull();
  });

  it('limits the length to 80 characters', () => {
    expect(validateProjectName('报'.repeat(80), projects)).toBeNull();
    expect(validateProjectName('报'.repeat(81), projects)).toBe('too-long');
  });
});
