/** The issuer read from a title decides a department's level; names that hold verbs or 法治 stay whole. */
import { describe, expect, it } from 'vitest';
import type { Region } from '../../model/document';
import { detectLevel } from './genre';

const xihu: Region = { province: '浙江省', city: '杭州市', county: '西湖区', code: '330106' };

describe('detectLevel from the issuer in the title', () => {
  it('a committee office whose name holds 依法治区 is a department', () => {
    expect(detectLevel('杭州市西湖区全面依法治区委员会办公室关于2023年法治政府建设情况的报告', xihu)).toBe(
      'department',
    );
  });
  it('an organisation department of a party committee is a department', () => {
    expect(detectLevel('中共杭州市西湖区委组织部2023年法治政府建设工作报告', xihu)).toBe('department');
  });
  it('a headline verb after the district (部署) is no ministry', () => {
    expect(detectLevel('西湖区部署法治政府建设督察整改工作', xihu)).toBe('county');
  });
});
