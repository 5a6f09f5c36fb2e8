import { describe, expect, it } from 'vitest';
import { divisionByCode, divisionLabel, divisionsByName, isDivisionCode, searchRegions } from './index';

describe('administrative divisions', () => {
  it('knows the sample reports’ governments with their parents', () => {
    const linping = divisionByCode('330113');
    expect(linping).toMatchObject({ name: '临平区', level: 'county', province: '浙江省', city: '杭州市' });
    expect(divisionLabel(linping!)).toBe('浙江省 杭州市 临平区');
    expect(divisionByCode('211300')).toMatchObject({ name: '朝阳市', level: 'prefecture', province: '辽宁省' });
    expect(divisionByCode('230304')).toMatchObject({ name: '滴道区', city: '鸡西市', province: '黑龙江省' });
  });

  it('lists every division of an ambiguous name', () => {
    const chaoyang = divisionsByName('朝阳区').map((d) => d.province);
    expect(chaoyang).toEqual(expect.arrayContaining(['北京市', '吉林省']));
    const tongzhou = divisionsByName('通州区').map((d) => d.city ?? d.province);
    expect(tongzhou).toEqual(expect.arrayContaining(['北京市', '南通市']));
  });

  it('puts a municipality’s districts directly under the province', () => {
    expect(divisionByCode('110105')).toMatchObject({ name: '朝阳区', parentCode: '110000', city: null });
  });

  it('searches by name, label and code', () => {
    expect(searchRegions('临平')[0]?.code).toBe('330113');
    expect(searchRegions('杭州临平')[0]?.code).toBe('330113');
    expect(searchRegions('3301').every((d) => d.code.startsWith('3301'))).toBe(true);
    expect(isDivisionCode('330113')).toBe(true);
    expect(isDivisionCode('999999')).toBe(false);
  });
});
