// PLOVER event types: order (cooperation -> conflict), colours and bilingual labels.
export const TYPES = [
  ['AGREE', '#1b9e77', 'اتفاق', 'Agree'],
  ['CONSULT', '#66c2a5', 'تشاور', 'Consult'],
  ['SUPPORT', '#4daf4a', 'دعم', 'Support'],
  ['CONCEDE', '#a6d854', 'تنازل', 'Concede'],
  ['COOPERATE', '#377eb8', 'تعاون', 'Cooperate'],
  ['AID', '#6baed6', 'مساعدة', 'Aid'],
  ['RETREAT', '#9e9ac8', 'انسحاب', 'Retreat'],
  ['REQUEST', '#8da0cb', 'طلب', 'Request'],
  ['ACCUSE', '#e6ab02', 'اتهام', 'Accuse'],
  ['REJECT', '#c9a66b', 'رفض', 'Reject'],
  ['THREATEN', '#ff7f00', 'تهديد', 'Threaten'],
  ['PROTEST', '#e7298a', 'احتجاج', 'Protest'],
  ['SANCTION', '#a6761d', 'عقوبات', 'Sanction'],
  ['MOBILIZE', '#7570b3', 'تعبئة', 'Mobilize'],
  ['COERCE', '#f16913', 'إكراه', 'Coerce'],
  ['ASSAULT', '#d7191c', 'اعتداء', 'Assault'],
];
export const TYPE_NAMES = TYPES.map((x) => x[0]);
const BY = Object.fromEntries(TYPES.map(([k, c, ar, en]) => [k, { color: c, ar, en }]));

export function typeColor(type) {
  return BY[type]?.color ?? '#888';
}

export function typeLabel(type, lang) {
  return BY[type]?.[lang] ?? type ?? '';
}
