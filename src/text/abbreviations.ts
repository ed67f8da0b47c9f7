// Source: common English abbreviations in clinical and social writing (AP Stylebook abbreviations,
// plus medical titles); a period after these does not end a sentence.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr.', 'drs.', 'mr.', 'mrs.', 'ms.', 'mx.', 'prof.', 'st.', 'sr.', 'jr.', 'mt.', 'ft.',
  'e.g.', 'i.e.', 'etc.', 'vs.', 'approx.', 'dept.', 'no.', 'inc.', 'ltd.', 'co.', 'ave.', 'blvd.', 'rd.',
  'a.m.', 'p.m.', 'u.s.', 'u.k.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.',
  'sept.', 'oct.', 'nov.', 'dec.', 'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.',
  'sat.', 'sun.', 'fig.', 'ph.d.', 'm.d.', 'r.n.', 'd.d.s.', 'ext.', 'tel.', 'apt.', 'ste.',
]);
