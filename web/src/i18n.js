// All interface labels, Arabic and English. Arabic is the default and lays the page out RTL.
export const DICT = {
  ar: {
    'app.title': 'رصد',
    'app.subtitle': 'مرصد الأحداث السياسية والنزاعات',
    'health.fmt': 'الوثائق: {d} · الأحداث: {e} · الإصدار {v}',
    'health.down': 'الخادم غير متاح',
    'lang.switch': 'English',
    'filter.from': 'من',
    'filter.to': 'إلى',
    'filter.actor': 'الفاعل',
    'filter.actor.ph': 'رمز أو اسم',
    'filter.country': 'البلد',
    'filter.q': 'بحث في النص',
    'filter.q.ph': 'كلمة في جملة الدليل',
    'filter.reset': 'مسح المرشحات',
    'filter.types': 'أنواع الأحداث',
    'status.loading': 'جار التحميل…',
    'status.error': 'خطأ',
    'map.title': 'الخريطة',
    'map.note': 'على الخريطة: {shown} من {total}',
    'map.truncated': 'على الخريطة أحدث {shown} من أصل {total} (محددة الموقع)',
    'map.open': 'افتح الوثيقة',
    'map.zoomin': 'تكبير',
    'map.zoomout': 'تصغير',
    'net.title': 'شبكة الفاعلين',
    'net.note': 'الفاعلون: {nodes}، العلاقات: {edges}',
    'net.coop': 'تعاون',
    'net.conf': 'نزاع',
    'net.hint': 'انقر على فاعل لتصفية الأحداث به',
    'net.empty': 'لا علاقات بين فاعلين ضمن هذه المرشحات',
    'tl.title': 'الخط الزمني',
    'tl.hint': 'اسحب لتحديد فترة',
    'tl.clear': 'كل الفترة',
    'tl.empty': 'لا أحداث مؤرخة',
    'table.title': 'الأحداث',
    'table.note': 'عدد الأحداث: {total}',
    'table.empty': 'لا أحداث تطابق المرشحات',
    'col.date': 'التاريخ',
    'col.type': 'النوع',
    'col.source': 'المصدر',
    'col.target': 'الهدف',
    'col.place': 'المكان',
    'col.trigger': 'الفعل',
    'col.evidence': 'الدليل',
    'col.flags': 'ملاحظات',
    'flag.negated': 'منفي',
    'flag.fatalities': 'قتلى: {n}',
    'page.prev': 'السابق',
    'page.next': 'التالي',
    'page.info': '{from}–{to} من {total}',
    close: 'إغلاق',
    'doc.loading': 'جار تحميل الوثيقة…',
    'doc.events': 'أحداث الوثيقة ({n})',
    'doc.source': 'المصدر',
    'doc.link': 'الرابط',
    'doc.nodoc': 'تعذر تحميل الوثيقة',
    'hl.trigger': 'الفعل',
    'hl.source': 'الفاعل المصدر',
    'hl.target': 'الفاعل الهدف',
    'hl.place': 'المكان',
    'hl.date': 'التاريخ',
    'paste.open': 'لصق مقال',
    'paste.title': 'ترميز مقال ملصوق',
    'paste.ph': 'الصق نص مقال بالعربية هنا…',
    'paste.date': 'تاريخ المقال (اختياري)',
    'paste.submit': 'رمّز',
    'paste.working': 'جار الترميز…',
    'paste.found': 'الأحداث المستخرجة: {n}',
    'paste.none': 'لم يعثر على أي حدث في هذا النص',
    'paste.empty': 'الصق نصا أولا',
    'modality.asserted': 'مؤكد',
    'modality.reported': 'منقول',
    'modality.alleged': 'مزعوم',
    'modality.intended': 'مقصود',
    'modality.hypothetical': 'افتراضي',
    none: '—',
  },
  en: {
    'app.title': 'rasad',
    'app.subtitle': 'political event & conflict monitor',
    'health.fmt': '{d} documents · {e} events · v{v}',
    'health.down': 'server unavailable',
    'lang.switch': 'العربية',
    'filter.from': 'From',
    'filter.to': 'To',
    'filter.actor': 'Actor',
    'filter.actor.ph': 'code or name',
    'filter.country': 'Country',
    'filter.q': 'Text search',
    'filter.q.ph': 'word in the evidence sentence',
    'filter.reset': 'Clear filters',
    'filter.types': 'Event types',
    'status.loading': 'Loading…',
    'status.error': 'Error',
    'map.title': 'Map',
    'map.note': '{shown} of {total} events mapped',
    'map.truncated': 'showing the newest {shown} of {total} located events',
    'map.open': 'Open document',
    'map.zoomin': 'Zoom in',
    'map.zoomout': 'Zoom out',
    'net.title': 'Actor network',
    'net.note': '{nodes} actors, {edges} dyads',
    'net.coop': 'cooperation',
    'net.conf': 'conflict',
    'net.hint': 'click an actor to filter by it',
    'net.empty': 'no actor dyads for these filters',
    'tl.title': 'Timeline',
    'tl.hint': 'drag to select a period',
    'tl.clear': 'All dates',
    'tl.empty': 'no dated events',
    'table.title': 'Events',
    'table.note': '{total} events',
    'table.empty': 'no events match the filters',
    'col.date': 'Date',
    'col.type': 'Type',
    'col.source': 'Source',
    'col.target': 'Target',
    'col.place': 'Place',
    'col.trigger': 'Trigger',
    'col.evidence': 'Evidence',
    'col.flags': 'Notes',
    'flag.negated': 'negated',
    'flag.fatalities': 'killed: {n}',
    'page.prev': 'Previous',
    'page.next': 'Next',
    'page.info': '{from}–{to} of {total}',
    close: 'Close',
    'doc.loading': 'Loading document…',
    'doc.events': 'Events in this document ({n})',
    'doc.source': 'Source',
    'doc.link': 'link',
    'doc.nodoc': 'could not load the document',
    'hl.trigger': 'trigger',
    'hl.source': 'source actor',
    'hl.target': 'target actor',
    'hl.place': 'place',
    'hl.date': 'date',
    'paste.open': 'Paste an article',
    'paste.title': 'Code a pasted article',
    'paste.ph': 'Paste an Arabic article here…',
    'paste.date': 'Article date (optional)',
    'paste.submit': 'Code it',
    'paste.working': 'Coding…',
    'paste.found': 'events found: {n}',
    'paste.none': 'No events found in this text',
    'paste.empty': 'Paste some text first',
    'modality.asserted': 'asserted',
    'modality.reported': 'reported',
    'modality.alleged': 'alleged',
    'modality.intended': 'intended',
    'modality.hypothetical': 'hypothetical',
    none: '—',
  },
};

let lang = 'ar';
const listeners = new Set();

export function getLang() {
  return lang;
}

export function t(key, vars) {
  let s = DICT[lang][key] ?? DICT.en[key] ?? key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? '').toLocaleString(lang === 'ar' ? 'ar-EG' : 'en-US'));
  return s;
}

/** Formats a number for the current language (Arabic-Indic digits in Arabic). */
export function num(n) {
  return Number(n).toLocaleString(lang === 'ar' ? 'ar-EG' : 'en-US');
}

export function applyStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
}

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'ar';
  const html = document.documentElement;
  html.lang = lang;
  html.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = lang === 'ar' ? 'رصد — لوحة الأحداث' : 'rasad — event dashboard';
  try {
    localStorage.setItem('rasad.lang', lang);
  } catch {
    /* private mode */
  }
  applyStatic();
  for (const fn of listeners) fn(lang);
}

export function onLang(fn) {
  listeners.add(fn);
}

export function initialLang() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl) return fromUrl;
  try {
    return localStorage.getItem('rasad.lang') || 'ar';
  } catch {
    return 'ar';
  }
}
