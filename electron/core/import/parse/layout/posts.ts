/**
 * A speaker's post as captions print it, unit and job run together
 * (`某某大学党委副书记、校长`). The unit is the longest lead that ends like an
 * organisation and is followed by what begins a job title.
 */

const UNIT_ENDS = [
  '大学', '学院', '中学', '小学', '学校', '校区', '研究院', '研究所', '研究中心', '科学院', '医院', '法院', '检察院', '公司', '集团',
  '事务所', '协会', '学会', '联合会', '委员会', '省委会', '工会', '妇联', '中心', '银行', '馆', '局', '厅', '部', '办', '署', '社',
  '台', '站', '所', '院', '厂', '矿', '政府', '省', '市', '县', '区', '州', '旗', '盟', '镇', '乡', '村', '街道', '社区', '委',
];

/** What a job title may begin with before its head word. */
const ROLE_STARTS = [
  '党委', '党组', '党工委', '纪委', '常务', '副', '原', '前', '执行', '首席', '名誉', '专职', '一级', '二级', '三级', '创始', '高级',
  '主任', '主席', '书记', '院长', '校长', '所长', '局长', '厅长', '部长', '会长', '社长', '台长', '站长', '行长', '馆长', '主编',
  '董事长', '总经理', '经理', '总裁', '合伙人', '律师', '教授', '研究员', '教师', '医生', '主治', '工程师', '技师', '馆员', '干部',
  '理事长', '秘书长', '检察长', '庭长', '市长', '省长', '县长', '区长', '镇长', '乡长', '总工程师', '负责人', '队长', '组长', '代表', '委员',
];

export interface Post {
  unit: string | null;
  role: string;
}

/** Splits the first post; later posts after `、` stay in the role as printed. */
export function splitPost(text: string): Post {
  const post = text.trim();
  const chars = Array.from(post);
  let best: number | null = null;
  for (let i = 2; i < chars.length; i++) {
    const lead = chars.slice(0, i).join('');
    if (lead.includes('、')) break;
    const rest = chars.slice(i).join('');
    if (UNIT_ENDS.some((end) => lead.endsWith(end)) && ROLE_STARTS.some((start) => rest.startsWith(start))) {
      best = i;
      break;
    }
  }
  if (best === null) return { unit: null, role: post };
  return { unit: chars.slice(0, best).join(''), role: chars.slice(best).join('') };
}
