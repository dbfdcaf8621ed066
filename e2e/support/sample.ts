/** The built-in sample's five speeches, in order, as the importer must read them. */
export const sampleSpeeches = [
  { unit: '西安高新区', speaker: '马巍安' },
  { unit: '韩城市', speaker: '孙长虹' },
  { unit: '宝鸡市渭滨区', speaker: '苏青' },
  { unit: '旬阳市', speaker: '向小敏' },
  { unit: '神木市', speaker: '刘文军' },
];
